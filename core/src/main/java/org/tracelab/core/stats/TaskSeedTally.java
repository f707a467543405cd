package org.tracelab.core.stats;

import java.util.Objects;

/**
 * The finished chains of one mode on one task under one seed (its forks), counted: what every per-mode statistic
 * is computed from. Unfinished chains are not counted anywhere: a fault is not a result.
 *
 * @param mode the mode
 * @param task the task's dataset key: the cluster of the clustered statistics
 * @param replicate the seed, as a label that is unique within the analysis (a run group prefixes it with the run)
 * @param chains finished chains (forks), ≥ 1
 * @param promptStrict chains whose final attempt follows every instruction (strict)
 * @param promptLoose the same under the loose check
 * @param instructions instructions over those chains' final attempts (the task's instructions × chains)
 * @param instructionsStrict instructions followed (strict)
 * @param instructionsLoose instructions followed (loose)
 */
public record TaskSeedTally(
        String mode,
        String task,
        String replicate,
        int chains,
        int promptStrict,
        int promptLoose,
        int instructions,
        int instructionsStrict,
        int instructionsLoose) {

    public TaskSeedTally {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(replicate, "replicate");
        if (chains < 1
                || promptStrict < 0
                || promptStrict > chains
                || promptLoose < 0
                || promptLoose > chains
                || instructions < 0
                || instructionsStrict < 0
                || instructionsStrict > instructions
                || instructionsLoose < 0
                || instructionsLoose > instructions) {
            throw new IllegalArgumentException("impossible counts for mode " + mode + ", task " + task + ", seed "
                    + replicate + ": " + promptStrict + "/" + promptLoose + " of " + chains + " chains, "
                    + instructionsStrict + "/" + instructionsLoose + " of " + instructions + " instructions");
        }
    }
}
