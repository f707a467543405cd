package org.tracelab.core.stats;

import java.util.Objects;

/**
 * A paired comparison of one mode against a baseline on the same tasks.
 *
 * @param mode the mode compared (A)
 * @param baseline the mode it is compared against (B)
 * @param difference pass rate of {@code mode} minus that of {@code baseline}, with its bootstrap interval over tasks
 * @param mcNemar McNemar's exact test; b = pairs where {@code mode} passed and {@code baseline} failed, c the reverse
 */
public record ModeComparison(String mode, String baseline, BootstrapInterval difference, McNemarResult mcNemar) {

    public ModeComparison {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(difference, "difference");
        Objects.requireNonNull(mcNemar, "mcNemar");
        if (mode.equals(baseline)) {
            throw new IllegalArgumentException("a mode cannot be compared with itself: " + mode);
        }
    }

    /**
     * Computes both statistics with B = {@value PairedBootstrap#DEFAULT_RESAMPLES} resamples at 95 %.
     *
     * @param taskRatesMode per task (in a stable order), the mode's pass rate averaged over seeds and forks
     * @param taskRatesBaseline per task (same order), the baseline's pass rate averaged over seeds and forks
     * @param passedMode per (task, seed) of fork 0, whether the mode's chain passed
     * @param passedBaseline per (task, seed) of fork 0 (same order), whether the baseline's chain passed
     * @param seed the bootstrap seed
     */
    public static ModeComparison compute(String mode, String baseline, double[] taskRatesMode,
            double[] taskRatesBaseline, boolean[] passedMode, boolean[] passedBaseline, long seed) {
        return new ModeComparison(mode, baseline, PairedBootstrap.of(taskRatesMode, taskRatesBaseline, seed),
                McNemarExact.fromOutcomes(passedMode, passedBaseline));
    }
}
