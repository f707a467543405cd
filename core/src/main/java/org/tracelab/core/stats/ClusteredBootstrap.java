package org.tracelab.core.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

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

    private ClusteredBootstrap() {}

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
    public static ClusteredInterval ratio(
            double[] successes, double[] trials, int resamples, double confidence, long seed) {
        return ratios(List.of(new Ratio(successes, trials)), resamples, confidence, seed)
                .get(0);
    }

    /**
     * Several ratios at once, each exactly as {@link #ratio} computes it alone with the same seed. The resampled
     * task positions depend only on the seed and on how many tasks a ratio keeps, so ratios that keep as many tasks
     * share one stream of draws: drawing is most of the work, and a run's rates (strict, loose, per instruction,
     * pass@k for every k…) come in one pass instead of one each.
     *
     * @return one interval per ratio, in the order given
     */
    public static List<ClusteredInterval> ratios(List<Ratio> ratios, int resamples, double confidence, long seed) {
        if (resamples < 1) {
            throw new IllegalArgumentException("resamples must be >= 1: " + resamples);
        }
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("confidence must be in (0, 1): " + confidence);
        }
        List<Kept> kept = ratios.stream().map(Kept::of).toList();
        ClusteredInterval[] intervals = new ClusteredInterval[kept.size()];
        Map<Integer, List<Integer>> byTaskCount = new TreeMap<>();
        for (int i = 0; i < kept.size(); i++) {
            Kept k = kept.get(i);
            double estimate = k.size() == 0 ? Double.NaN : k.totalS / k.totalN;
            if (k.size() < 2) {
                intervals[i] = new ClusteredInterval(
                        estimate, Double.NaN, Double.NaN, confidence, resamples, seed, k.size(), k.totalN);
            } else {
                byTaskCount.computeIfAbsent(k.size(), n -> new ArrayList<>()).add(i);
            }
        }
        double alpha = 1 - confidence;
        byTaskCount.forEach((tasks, members) -> {
            int m = members.size();
            double[][] s = new double[m][];
            double[][] n = new double[m][];
            double[][] drawn = new double[m][resamples];
            for (int j = 0; j < m; j++) {
                s[j] = kept.get(members.get(j)).s;
                n[j] = kept.get(members.get(j)).n;
            }
            // Each resample's task positions are drawn once, then summed for every member in a tight loop.
            int[] drawnTasks = new int[tasks];
            SplittableRandom random = new SplittableRandom(seed);
            for (int r = 0; r < resamples; r++) {
                for (int t = 0; t < tasks; t++) {
                    drawnTasks[t] = random.nextInt(tasks);
                }
                for (int j = 0; j < m; j++) {
                    double[] sj = s[j];
                    double[] nj = n[j];
                    double sumS = 0;
                    double sumN = 0;
                    for (int t = 0; t < tasks; t++) {
                        sumS += sj[drawnTasks[t]];
                        sumN += nj[drawnTasks[t]];
                    }
                    drawn[j][r] = sumS / sumN;
                }
            }
            for (int j = 0; j < m; j++) {
                Kept k = kept.get(members.get(j));
                Arrays.sort(drawn[j]);
                intervals[members.get(j)] = new ClusteredInterval(
                        k.totalS / k.totalN,
                        PairedBootstrap.percentile(drawn[j], alpha / 2),
                        PairedBootstrap.percentile(drawn[j], 1 - alpha / 2),
                        confidence,
                        resamples,
                        seed,
                        tasks,
                        k.totalN);
            }
        });
        return List.of(intervals);
    }

    /**
     * One ratio of sums over tasks for {@link #ratios}.
     *
     * @param successes per task, the successes of all its chains (≥ 0)
     * @param trials per task, the trials they came from (≥ successes); tasks without trials are left out
     */
    public record Ratio(double[] successes, double[] trials) {

        public Ratio {
            if (successes.length != trials.length) {
                throw new IllegalArgumentException(
                        "successes and trials differ in length: " + successes.length + " vs " + trials.length);
            }
        }

        /** A mean over tasks of one value per task, each task weighing the same. */
        public static Ratio mean(double[] perTask) {
            double[] ones = new double[perTask.length];
            Arrays.fill(ones, 1);
            return new Ratio(perTask, ones);
        }
    }

    /** The tasks with trials, compacted, and their totals. */
    private record Kept(double[] s, double[] n, double totalS, double totalN) {

        static Kept of(Ratio ratio) {
            double[] successes = ratio.successes();
            double[] trials = ratio.trials();
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
            return new Kept(s, n, totalS, totalN);
        }

        int size() {
            return s.length;
        }
    }

    /** A mean over tasks of one value per task (each task weighs the same), e.g. per-task pass@k. */
    public static ClusteredInterval mean(double[] perTask, int resamples, double confidence, long seed) {
        Ratio mean = Ratio.mean(perTask);
        return ratio(mean.successes(), mean.trials(), resamples, confidence, seed);
    }
}
