package org.tracelab.core.model;

import java.util.Objects;

/**
 * What is recorded about the model of a call: where it runs, its name and the sampling settings used.
 * Contains no secret and no full file path, so it can go to the store and to exports as is.
 *
 * @param source   backend and its location
 * @param model    model name, {@code null} when the backend serves one unnamed model
 * @param sampling sampling settings; {@link SamplingParams#none()} when describing the model alone
 */
public record ModelDescription(ModelSource source, String model, SamplingParams sampling) {

    public ModelDescription {
        Objects.requireNonNull(source, "source");
        sampling = sampling == null ? SamplingParams.none() : sampling;
    }

    /** This description as recorded for one call: the request's model name (if any) and sampling. */
    public ModelDescription forCall(ChatRequest request) {
        return new ModelDescription(source, request.model() != null ? request.model() : model,
                request.sampling());
    }
}
