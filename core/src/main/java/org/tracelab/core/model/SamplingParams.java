package org.tracelab.core.model;

import java.util.List;

/** The sampling settings of one call, as recorded; {@code null} fields were left to the backend's default. */
public record SamplingParams(Double temperature, Double topP, Integer maxTokens, Long seed, List<String> stop) {

    public SamplingParams {
        stop = stop == null ? List.of() : List.copyOf(stop);
    }

    public static SamplingParams none() {
        return new SamplingParams(null, null, null, null, List.of());
    }
}
