package org.tracelab.core.stats;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * A task-clustered percentile bootstrap of a ratio of sums: the pass rate of chains (or instructions) that come in
 * clusters, one per task. Each of the B resamples draws as many tasks as there are, with replacement, keeping each
 * task's chains over all seeds and forks together, and records Σ successes / Σ trials over the drawn tasks; the
 * interval is the (α/2, 1 − α/2) percentiles of those B ratios (type 7, as in {@link PairedBootstrap}).
 *
 * <p>Resampling chains instead would treat the chains of one task as independent and, when tasks differ much more
 * from each other than seeds do (the usual case), give an interval several times too narrow. With equal trials per
 * task the estimate is the mean of the per-task rates, so the interval is that of a mean over tasks.
 *
 * <p>Reproducible: the same clusters in the same order with the same seed give the same interval; callers pass
 * tasks in a stable order (by key).
 */
public final class ClusteredBootstrap {

    public static final int DEFAULT_RESAMPLES = 10_000;
    public static final double DEFAULT_CONFIDENCE = 0.95;

    private ClusteredBootstrap() {
    }

    /** B = 10,000 resamples, 95 %. */
    public static ClusteredInterval ratio(double[] successes, double[] trials, long seed) {
        return ratio(successes, trials, DEFAULT_RESAMPLES, DEFAULT_CONFIDENCE, seed);
    }

    /**
     * @param successes per task, the successes of all its chains (≥ 0)
     * @param trials per task (same order), the trials they came from (≥ successes); tasks with no trials carry
     *     no information and are left out
     * @param resamples B ≥ 1
     * @param confidence the coverage, strictly between 0 and 1
     * @param seed seeds the {@link SplittableRandom} that draws the resamples
     */
    public static ClusteredInterval ratio(double[] successes, double[] trials, int resamples, double confidence,
            long seed) {
        if (successes.length != trials.length) {
            throw new IllegalArgumentException(
                    "successes and trials differ in length: " + successes.length + " vs " + trials.length);
        }
        if (resamples < 1) {
            throw new IllegalArgumentException("resamples must be >= 1: " + resamples);
        }
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("confidence must be in (0, 1): " + confidence);
        }
        int kept = 0;
        for (int i = 0; i < trials.length; i++) {
            if (!(successes[i] >= 0 && trials[i] >= successes[i]) || !Double.isFinite(trials[i])) {
                throw new IllegalArgumentException(
                        "cluster " + i + ": need 0 <= successes <= trials, got " + successes[i] + "/" + trials[i]);
            }
            if (trials[i] > 0) {
                kept++;
            }
        }
        double[] s = new double[kept];
        double[] n = new double[kept];
        double totalS = 0;
        double totalN = 0;
        for (int i = 0, j = 0; i < trials.length; i++) {
            if (trials[i] > 0) {
                s[j] = successes[i];
                n[j] = trials[i];
                totalS += s[j];
                totalN += n[j];
                j++;
            }
        }
        double estimate = kept == 0 ? Double.NaN : totalS / totalN;
        if (kept < 2) {
            return new ClusteredInterval(estimate, Double.NaN, Double.NaN, confidence, resamples, seed, kept, totalN);
        }
        SplittableRandom random = new SplittableRandom(seed);
        double[] ratios = new double[resamples];
        for (int r = 0; r < resamples; r++) {
            double sumS = 0;
            double sumN = 0;
            for (int j = 0; j < kept; j++) {
                int task = random.nextInt(kept);
                sumS += s[task];
                sumN += n[task];
            }
            ratios[r] = sumS / sumN;
        }
        Arrays.sort(ratios);
        double alpha = 1 - confidence;
        return new ClusteredInterval(estimate, PairedBootstrap.percentile(ratios, alpha / 2),
                PairedBootstrap.percentile(ratios, 1 - alpha / 2), confidence, resamples, seed, kept, totalN);
    }

    /** A mean over tasks of one value per task (each task weighs the same), e.g. per-task pass@k. */
    public static ClusteredInterval mean(double[] perTask, int resamples, double confidence, long seed) {
        double[] ones = new double[perTask.length];
        Arrays.fill(ones, 1);
        return ratio(perTask, ones, resamples, confidence, seed);
    }
}
