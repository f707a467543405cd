package org.tracelab.core.run;

import java.util.Objects;
import org.tracelab.core.trace.ChainKey;

/**
 * A (task, seed, fork) triple: the chains of every mode in it share their first attempt.
 *
 * @param seed the chain seed, one of {@code --seeds}
 */
public record RolloutGroup(String taskKey, long seed, int fork) {

    public RolloutGroup {
        Objects.requireNonNull(taskKey, "taskKey");
        if (fork < 0) {
            throw new IllegalArgumentException("negative fork index");
        }
    }

    public static RolloutGroup of(ChainKey key) {
        if (key.seed() == null) {
            throw new IllegalArgumentException("a chain without a seed belongs to no rollout group: " + key);
        }
        return new RolloutGroup(key.datasetKey(), key.seed(), key.fork());
    }

    public ChainKey chainKey(long runId, Mode mode) {
        return new ChainKey(runId, taskKey, mode.wireName(), seed, fork);
    }
}
