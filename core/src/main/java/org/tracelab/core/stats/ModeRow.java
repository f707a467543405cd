package org.tracelab.core.stats;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The raw results of one mode, as the runner aggregates them: the input of a {@link ResultsTable}.
 *
 * @param mode the mode's name, e.g. {@code full_pcl}
 * @param promptStrict per seed, the fraction of prompts whose chain followed every instruction (strict)
 * @param promptLoose per seed, the same under the loose check
 * @param instructionStrict per seed, the fraction of instructions followed (strict)
 * @param instructionLoose per seed, the same under the loose check
 * @param chains chains that passed (strict, every instruction) out of all chains, over all seeds and forks
 * @param tokensPerChain mean tokens used per chain, or {@code NaN} if unknown
 * @param latencyMillisPerChain mean wall time per chain in milliseconds, or {@code NaN} if unknown
 */
public record ModeRow(
        String mode,
        List<Double> promptStrict,
        List<Double> promptLoose,
        List<Double> instructionStrict,
        List<Double> instructionLoose,
        Proportion chains,
        double tokensPerChain,
        double latencyMillisPerChain) {

    public ModeRow {
        Objects.requireNonNull(mode, "mode");
        if (mode.isBlank()) {
            throw new IllegalArgumentException("mode name is blank");
        }
        promptStrict = List.copyOf(promptStrict);
        promptLoose = List.copyOf(promptLoose);
        instructionStrict = List.copyOf(instructionStrict);
        instructionLoose = List.copyOf(instructionLoose);
        Objects.requireNonNull(chains, "chains");
        int seeds = promptStrict.size();
        if (promptLoose.size() != seeds || instructionStrict.size() != seeds || instructionLoose.size() != seeds) {
            throw new IllegalArgumentException("mode " + mode + ": every rate needs one value per seed");
        }
        for (List<Double> rates : List.of(promptStrict, promptLoose, instructionStrict, instructionLoose)) {
            for (double rate : rates) {
                if (!(rate >= 0 && rate <= 1)) {
                    throw new IllegalArgumentException("mode " + mode + ": rates must be in [0, 1], got " + rate);
                }
            }
        }
    }

    /**
     * The row of one mode from its tallies: per seed (replicate) the pooled rates of that seed's chains, and the
     * chain pass count over all of them.
     */
    public static ModeRow fromTallies(
            String mode, Collection<TaskSeedTally> tallies, double tokensPerChain, double latencyMillisPerChain) {
        Map<String, long[]> bySeed = new TreeMap<>();
        for (TaskSeedTally t : tallies) {
            long[] sums = bySeed.computeIfAbsent(t.replicate(), seed -> new long[6]);
            sums[0] += t.chains();
            sums[1] += t.promptStrict();
            sums[2] += t.promptLoose();
            sums[3] += t.instructions();
            sums[4] += t.instructionsStrict();
            sums[5] += t.instructionsLoose();
        }
        List<long[]> seeds = bySeed.values().stream().filter(s -> s[3] > 0).toList();
        long chains = bySeed.values().stream().mapToLong(s -> s[0]).sum();
        long passed = bySeed.values().stream().mapToLong(s -> s[1]).sum();
        return new ModeRow(
                mode,
                seeds.stream().map(s -> (double) s[1] / s[0]).toList(),
                seeds.stream().map(s -> (double) s[2] / s[0]).toList(),
                seeds.stream().map(s -> (double) s[4] / s[3]).toList(),
                seeds.stream().map(s -> (double) s[5] / s[3]).toList(),
                new Proportion(Math.toIntExact(passed), Math.toIntExact(chains)),
                tokensPerChain,
                latencyMillisPerChain);
    }

    /** How many seeds the per-seed rates cover. */
    public int seeds() {
        return promptStrict.size();
    }
}
