package org.tracelab.core.export;

import java.util.Objects;

/**
 * Where an example stands among the attempts of its (task, seed), as the rollout ranker ranked them: SFT's best of
 * N keeps one rank-1 answer per group.
 *
 * @param group the (run, task, seed) the example was ranked in; examples of one group share it
 * @param rank  1 for the best verifier outcome of the group
 */
public record RolloutRank(String group, int rank) {

    public RolloutRank {
        Texts.requireNonBlank(group, "group");
        if (rank < 1) {
            throw new IllegalArgumentException("ranks start at 1, got " + rank);
        }
    }

    /** The group of a task's chains of one seed in one run. */
    public static RolloutRank of(long runId, String taskKey, Long seed, int rank) {
        return new RolloutRank(
                "run " + runId + ", task " + taskKey + ", seed " + (seed == null ? "unknown" : seed), rank);
    }

    /** An example ranked against nothing else (a hand-made input): a group of its own, rank 1. */
    static RolloutRank alone(AttemptRef source) {
        Objects.requireNonNull(source, "source");
        return new RolloutRank("attempt " + source.attemptId() + " of run " + source.runId(), 1);
    }
}
