package org.tracelab.core.stats;

/**
 * The statistics of one mode's row: spreads over seeds and the Wilson interval on the chain pass rate.
 *
 * @param mode the mode's name
 * @param seeds how many seeds
 * @param promptStrict prompt-level strict pass rate over seeds
 * @param promptLoose prompt-level loose pass rate over seeds
 * @param instructionStrict instruction-level strict pass rate over seeds
 * @param instructionLoose instruction-level loose pass rate over seeds
 * @param chains chains passed out of all chains
 * @param chainInterval the Wilson interval on {@code chains}; it treats chains as independent, which chains of
 *     the same task over seeds and forks are not: tables show it only where {@code intervals} says they are
 * @param tokensPerChain mean tokens per chain ({@code NaN} if unknown)
 * @param latencyMillisPerChain mean milliseconds per chain ({@code NaN} if unknown)
 * @param intervals the task-clustered intervals, pass@k and power guidance; {@code null} when the table was built
 *     without per-task tallies
 */
public record ModeSummary(
        String mode,
        int seeds,
        SeedSpread promptStrict,
        SeedSpread promptLoose,
        SeedSpread instructionStrict,
        SeedSpread instructionLoose,
        Proportion chains,
        WilsonInterval chainInterval,
        double tokensPerChain,
        double latencyMillisPerChain,
        ModeIntervals intervals) {

    public static ModeSummary of(ModeRow row, double confidence) {
        return of(row, confidence, null);
    }

    public static ModeSummary of(ModeRow row, double confidence, ModeIntervals intervals) {
        return new ModeSummary(
                row.mode(),
                row.seeds(),
                SeedSpread.of(row.promptStrict()),
                SeedSpread.of(row.promptLoose()),
                SeedSpread.of(row.instructionStrict()),
                SeedSpread.of(row.instructionLoose()),
                row.chains(),
                row.chains().wilson(confidence),
                row.tokensPerChain(),
                row.latencyMillisPerChain(),
                intervals);
    }
}
