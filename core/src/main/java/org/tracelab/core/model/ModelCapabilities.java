package org.tracelab.core.model;

/**
 * What a backend can do, declared up front so a runner can decide before calling.
 *
 * @param seed             a seed makes sampling reproducible (as far as the backend guarantees)
 * @param streaming        the backend can be asked to stream (used for usage and mid-stream errors)
 * @param tokenUsage       results usually carry real token counts
 * @param listModels       {@code listModels} answers
 * @param parallelRequests several calls may run at once (an in-process model runs one at a time)
 */
public record ModelCapabilities(
        boolean seed, boolean streaming, boolean tokenUsage, boolean listModels, boolean parallelRequests) {

    /** Both capabilities must hold: what a pool of different backends can promise. */
    public ModelCapabilities and(ModelCapabilities other) {
        return new ModelCapabilities(
                seed && other.seed,
                streaming && other.streaming,
                tokenUsage && other.tokenUsage,
                listModels && other.listModels,
                parallelRequests && other.parallelRequests);
    }
}
