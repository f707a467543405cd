package org.tracelab.core.stats;

/**
 * A rate with its task-clustered percentile bootstrap interval: tasks were resampled with replacement, each
 * carrying all of its chains (every seed and fork), because chains of one task are not independent.
 *
 * @param estimate the observed rate: the sum of the clusters' successes over the sum of their trials; {@code NaN}
 *     with no trials
 * @param lower the lower percentile bound; {@code NaN} with fewer than two clusters (no spread between tasks can be
 *     estimated from one task)
 * @param upper the upper percentile bound; {@code NaN} likewise
 * @param confidence the coverage, e.g. 0.95
 * @param resamples B, the number of bootstrap resamples
 * @param seed the seed of the {@link java.util.SplittableRandom} that drew them
 * @param clusters how many tasks were resampled
 * @param trials the units under the rate over all clusters (chains, or instructions)
 */
public record ClusteredInterval(
        double estimate,
        double lower,
        double upper,
        double confidence,
        int resamples,
        long seed,
        int clusters,
        double trials) {

    /** Whether the bounds exist (at least two clusters). */
    public boolean defined() {
        return !Double.isNaN(lower);
    }
}
