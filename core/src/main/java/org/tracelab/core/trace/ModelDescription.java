package org.tracelab.core.trace;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The model a run talked to.
 *
 * @param backend        e.g. {@code llama.cpp}, {@code ollama}, {@code openai-compatible}, {@code wasmagent};
 *                       {@value #ILLUSTRATION_BACKEND} for hand-written illustrations that no model produced
 * @param name           the model name as the backend reports it
 * @param endpoint       the URL called, or null for a local file
 * @param filePath       the model file, or null when served remotely
 * @param fileSha256     SHA-256 of the model file (hex), or null when unknown
 * @param samplingParams temperature, top_p, max_tokens… as sent, keys sorted so files and equality are stable
 */
public record ModelDescription(String backend, String name, String endpoint, String filePath, String fileSha256,
        Map<String, JsonNode> samplingParams) {

    /** The backend of runs whose outputs were written by a person to illustrate Tracelab, not by a model. */
    public static final String ILLUSTRATION_BACKEND = "illustration";

    public ModelDescription {
        Objects.requireNonNull(backend, "backend");
        Objects.requireNonNull(name, "name");
        samplingParams = samplingParams == null ? Map.of()
                : Collections.unmodifiableMap(new TreeMap<>(samplingParams));
    }
}
