package org.tracelab.core.stats;

import java.util.List;

/**
 * Statistics over the forks of each (task, seed), averaged over a task's seeds and then over tasks, each with a
 * task-clustered interval: the unbiased pass@k for k = 1..forks, the share of (task, seed) whose majority of forks
 * passed (a tie is not a pass), and the share where at least k forks passed.
 *
 * @param forks the largest number of finished forks of any (task, seed); k runs up to it
 * @param passAtK index k − 1: pass@k (groups with fewer than k forks are left out of it)
 * @param majority the majority verdict's pass share
 * @param atLeastK index k − 1: the share of groups where at least k forks passed (groups with fewer than k forks
 *     left out)
 */
public record ForkSummary(
        int forks, List<ClusteredInterval> passAtK, ClusteredInterval majority, List<ClusteredInterval> atLeastK) {

    public ForkSummary {
        passAtK = List.copyOf(passAtK);
        atLeastK = List.copyOf(atLeastK);
        if (passAtK.size() != forks || atLeastK.size() != forks) {
            throw new IllegalArgumentException("need one pass@k and one at-least-k per k = 1.." + forks);
        }
    }
}
