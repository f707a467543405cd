package org.tracelab.core.stats;

/**
 * The Wilson score interval for a binomial proportion: unlike the normal ("Wald") interval it stays inside
 * [0, 1] and does not collapse to a point at 0 or n successes.
 *
 * @param successes the observed successes
 * @param trials the number of trials
 * @param confidence the coverage, e.g. 0.95
 * @param lower the lower bound, or {@code NaN} when there were no trials
 * @param upper the upper bound, or {@code NaN} when there were no trials
 */
public record WilsonInterval(int successes, int trials, double confidence, double lower, double upper) {

    public static final double DEFAULT_CONFIDENCE = 0.95;

    /** The 95 % interval. */
    public static WilsonInterval of(int successes, int trials) {
        return of(successes, trials, DEFAULT_CONFIDENCE);
    }

    /**
     * The interval at the given confidence; with no trials the bounds are {@code NaN} (nothing is known).
     *
     * @throws IllegalArgumentException on impossible counts or a confidence outside (0, 1)
     */
    public static WilsonInterval of(int successes, int trials, double confidence) {
        new Proportion(successes, trials); // validates the counts
        double z = NormalQuantile.twoSidedZ(confidence);
        if (trials == 0) {
            return new WilsonInterval(successes, trials, confidence, Double.NaN, Double.NaN);
        }
        double n = trials;
        double p = successes / n;
        double z2 = z * z;
        double denominator = 1 + z2 / n;
        double centre = (p + z2 / (2 * n)) / denominator;
        double half = z / denominator * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n));
        // At 0 and n successes the bound is exactly 0 (resp. 1); the formula only gets there up to rounding.
        double lower = successes == 0 ? 0.0 : Math.max(0.0, centre - half);
        double upper = successes == trials ? 1.0 : Math.min(1.0, centre + half);
        return new WilsonInterval(successes, trials, confidence, lower, upper);
    }

    /** The observed rate successes / trials ({@code NaN} with no trials). */
    public double rate() {
        return new Proportion(successes, trials).rate();
    }
}
