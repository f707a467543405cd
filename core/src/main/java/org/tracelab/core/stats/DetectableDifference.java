package org.tracelab.core.stats;

import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * Power guidance: the smallest true difference in pass rate between two sides on the same tasks that a two-sided
 * test at level α detects with the given power, for the current number of tasks and seeds (ADR 0008).
 *
 * <p>Method: the paired comparison is a mean of per-task differences d over n tasks, so its standard error is
 * sd(d) / √n and the minimum detectable difference is (z_{1−α/2} + z_{power}) · sd(d) / √n (the normal-approximation
 * power formula for a paired design; sd(d) is the observed one, which already holds the seed-to-seed noise of the
 * current number of seeds). That noise shrinks with more seeds while the spread of the true per-task effects does
 * not: when the per-seed differences of each task are known, their variance over seeds estimates the noise part,
 * and {@link #floor()} is what more seeds could at best reach (only more tasks go lower).
 *
 * @param tasks n
 * @param perTaskSd the sample standard deviation of the per-task differences
 * @param alpha the two-sided level, e.g. 0.05
 * @param power the power, e.g. 0.8
 * @param difference the minimum detectable difference (a rate difference, 0.1 = 10 points); {@code NaN} with fewer
 *     than two tasks
 * @param floor the same with infinitely many seeds; {@code NaN} when the seed noise cannot be estimated (fewer
 *     than two seeds per task)
 */
public record DetectableDifference(
        int tasks, double perTaskSd, double alpha, double power, double difference, double floor) {

    public static final double DEFAULT_ALPHA = 0.05;
    public static final double DEFAULT_POWER = 0.8;

    /** The multiplier (z_{1−α/2} + z_{power}), 2.8016 at α = 0.05 and 80 % power. */
    public static double multiplier(double alpha, double power) {
        NormalDistribution normal = NormalDistribution.of(0, 1);
        return normal.inverseCumulativeProbability(1 - alpha / 2) + normal.inverseCumulativeProbability(power);
    }

    /**
     * From the per-task differences of a paired comparison and, optionally, the mean seed-noise variance of a
     * per-task difference.
     *
     * @param differences per task, side A's pass share minus side B's
     * @param seedNoiseVariance the mean over tasks of Var(d_t) due to seeds alone (var over seeds / seeds), or
     *     {@code NaN} when unknown
     */
    public static DetectableDifference paired(double[] differences, double seedNoiseVariance) {
        int n = differences.length;
        double sd = standardDeviation(differences);
        double z = multiplier(DEFAULT_ALPHA, DEFAULT_POWER);
        double difference = n < 2 ? Double.NaN : z * sd / Math.sqrt(n);
        double floor = n < 2 || Double.isNaN(seedNoiseVariance)
                ? Double.NaN
                : z * Math.sqrt(Math.max(0, sd * sd - seedNoiseVariance)) / Math.sqrt(n);
        return new DetectableDifference(n, sd, DEFAULT_ALPHA, DEFAULT_POWER, difference, floor);
    }

    /**
     * For one side alone, against another condition on the same tasks whose per-task pass shares vary as much but
     * are uncorrelated with these: sd(d) = √2 · sd(share). Tasks hard for one model tend to be hard for another, so
     * a real comparison usually detects less; this is an upper bound, for planning a comparison not yet run.
     *
     * @param shares per task, the pass share over its chains
     */
    public static DetectableDifference againstUncorrelated(double[] shares, double seedNoiseVariance) {
        int n = shares.length;
        double sd = Math.sqrt(2) * standardDeviation(shares);
        double z = multiplier(DEFAULT_ALPHA, DEFAULT_POWER);
        double difference = n < 2 ? Double.NaN : z * sd / Math.sqrt(n);
        double floor = n < 2 || Double.isNaN(seedNoiseVariance)
                ? Double.NaN
                : z * Math.sqrt(Math.max(0, sd * sd - 2 * seedNoiseVariance)) / Math.sqrt(n);
        return new DetectableDifference(n, sd, DEFAULT_ALPHA, DEFAULT_POWER, difference, floor);
    }

    private static double standardDeviation(double[] values) {
        int n = values.length;
        if (n < 2) {
            return Double.NaN;
        }
        double mean = 0;
        for (double value : values) {
            mean += value;
        }
        mean /= n;
        double squares = 0;
        for (double value : values) {
            squares += (value - mean) * (value - mean);
        }
        return Math.sqrt(squares / (n - 1));
    }
}
