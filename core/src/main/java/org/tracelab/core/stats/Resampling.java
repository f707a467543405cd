package org.tracelab.core.stats;

/**
 * How the bootstrap intervals of one analysis are drawn; shown beside them so a reader can reproduce them.
 *
 * @param resamples B ≥ 1
 * @param seed the seed of every interval's random stream (fixed, so the same data always print the same interval)
 * @param confidence the coverage of every interval
 */
public record Resampling(int resamples, long seed, double confidence) {

    /** 10,000 resamples, seed 20231107, 95 %. */
    public static final Resampling DEFAULT = new Resampling(10_000, 20231107L, 0.95);

    public Resampling {
        if (resamples < 1) {
            throw new IllegalArgumentException("resamples must be >= 1: " + resamples);
        }
        NormalQuantile.twoSidedZ(confidence); // validates
    }
}
