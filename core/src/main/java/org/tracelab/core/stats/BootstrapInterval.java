package org.tracelab.core.stats;

/**
 * A bootstrap confidence interval for the difference in pass rate between two modes (A − B).
 *
 * @param difference the observed difference: mean over tasks of (rate A − rate B); {@code NaN} with no tasks
 * @param lower the lower percentile bound; {@code NaN} with no tasks
 * @param upper the upper percentile bound; {@code NaN} with no tasks
 * @param confidence the coverage, e.g. 0.95
 * @param resamples B, the number of bootstrap resamples
 * @param seed the seed of the {@link java.util.SplittableRandom} that drew them
 * @param tasks how many tasks were resampled
 */
public record BootstrapInterval(
        double difference, double lower, double upper, double confidence, int resamples, long seed, int tasks) {

    /** Whether the interval includes zero, i.e. the data are compatible with no difference at this confidence. */
    public boolean containsZero() {
        return lower <= 0 && 0 <= upper;
    }
}
