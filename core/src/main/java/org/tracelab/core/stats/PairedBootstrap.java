package org.tracelab.core.stats;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * A paired percentile bootstrap of the difference in pass rate between two modes, resampling tasks.
 *
 * <p>Input: for each task, the pass rate of mode A and of mode B on that task, each averaged over its seeds and
 * forks. Tasks are the unit of resampling because chains of one task (over seeds, forks and modes) are not
 * independent of each other. Each of the B resamples draws n tasks with replacement and records the mean of
 * their differences; the interval is the (α/2, 1 − α/2) percentiles of those B means, interpolated linearly
 * between order statistics (the default of numpy.percentile and R's type 7).
 *
 * <p>Reproducible: the same rates in the same order with the same seed give the same interval. Callers should
 * therefore pass tasks in a stable order (e.g. sorted by task key), not in completion order.
 */
public final class PairedBootstrap {

    public static final int DEFAULT_RESAMPLES = 10_000;
    public static final double DEFAULT_CONFIDENCE = 0.95;

    private PairedBootstrap() {}

    /** B = 10,000 resamples, 95 % interval. */
    public static BootstrapInterval of(double[] ratesA, double[] ratesB, long seed) {
        return of(ratesA, ratesB, DEFAULT_RESAMPLES, DEFAULT_CONFIDENCE, seed);
    }

    /**
     * @param ratesA per task, mode A's pass rate in [0, 1]
     * @param ratesB per task (same order), mode B's pass rate in [0, 1]
     * @param resamples B ≥ 1
     * @param confidence the coverage, strictly between 0 and 1
     * @param seed seeds the {@link SplittableRandom} that draws the resamples
     * @return the observed difference A − B and its interval; all {@code NaN} when there are no tasks
     */
    public static BootstrapInterval of(double[] ratesA, double[] ratesB, int resamples, double confidence, long seed) {
        if (ratesA.length != ratesB.length) {
            throw new IllegalArgumentException(
                    "paired rates differ in length: " + ratesA.length + " vs " + ratesB.length);
        }
        if (resamples < 1) {
            throw new IllegalArgumentException("resamples must be >= 1: " + resamples);
        }
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("confidence must be in (0, 1): " + confidence);
        }
        int n = ratesA.length;
        double[] differences = new double[n];
        for (int i = 0; i < n; i++) {
            differences[i] = checkedRate(ratesA[i]) - checkedRate(ratesB[i]);
        }
        if (n == 0) {
            return new BootstrapInterval(Double.NaN, Double.NaN, Double.NaN, confidence, resamples, seed, 0);
        }
        double observed = mean(differences);
        SplittableRandom random = new SplittableRandom(seed);
        double[] means = new double[resamples];
        for (int r = 0; r < resamples; r++) {
            double sum = 0;
            for (int j = 0; j < n; j++) {
                sum += differences[random.nextInt(n)];
            }
            means[r] = sum / n;
        }
        Arrays.sort(means);
        double alpha = 1 - confidence;
        return new BootstrapInterval(
                observed,
                percentile(means, alpha / 2),
                percentile(means, 1 - alpha / 2),
                confidence,
                resamples,
                seed,
                n);
    }

    /** The q-quantile of sorted values, linear between order statistics: h = (B − 1)·q. */
    static double percentile(double[] sorted, double q) {
        double h = (sorted.length - 1) * q;
        int below = (int) Math.floor(h);
        if (below >= sorted.length - 1) {
            return sorted[sorted.length - 1];
        }
        double fraction = h - below;
        double low = sorted[below];
        double high = sorted[below + 1];
        return fraction == 0 || low == high ? low : low + fraction * (high - low);
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        return sum / values.length;
    }

    private static double checkedRate(double rate) {
        if (!(rate >= 0 && rate <= 1)) {
            throw new IllegalArgumentException("pass rates must be in [0, 1]: " + rate);
        }
        return rate;
    }
}
