package org.tracelab.core.trace;

import java.util.Objects;

/**
 * What identifies a chain (one rollout) within the store.
 *
 * @param seed null when the run's seed is unknown
 */
public record ChainKey(long runId, String datasetKey, String mode, Long seed, int fork) {

    public ChainKey {
        Objects.requireNonNull(datasetKey, "datasetKey");
        Objects.requireNonNull(mode, "mode");
        if (fork < 0) {
            throw new IllegalArgumentException("negative fork index");
        }
    }
}
