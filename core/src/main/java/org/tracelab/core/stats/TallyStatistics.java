package org.tracelab.core.stats;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The statistics of ADR 0008 computed from {@link TaskSeedTally tallies}: per mode, rates with task-clustered
 * intervals, pass@k over forks and power guidance; per pair of modes (or of any two sides on the same tasks), the
 * paired task-level bootstrap of the difference and the task-level exact test.
 */
public final class TallyStatistics {

    private TallyStatistics() {}

    /** One mode's intervals from its tallies (all of one mode). */
    public static ModeIntervals intervals(Collection<TaskSeedTally> tallies, Resampling resampling) {
        Map<String, TaskTotals> tasks = byTask(tallies);
        int n = tasks.size();
        double[] chains = new double[n];
        double[] strict = new double[n];
        double[] loose = new double[n];
        double[] instructions = new double[n];
        double[] instructionsStrict = new double[n];
        double[] instructionsLoose = new double[n];
        double[] shares = new double[n];
        boolean independent = true;
        int i = 0;
        int totalChains = 0;
        int totalStrict = 0;
        for (TaskTotals task : tasks.values()) {
            chains[i] = task.chains;
            strict[i] = task.strict;
            loose[i] = task.loose;
            instructions[i] = task.instructions;
            instructionsStrict[i] = task.instructionsStrict;
            instructionsLoose[i] = task.instructionsLoose;
            shares[i] = (double) task.strict / task.chains;
            independent &= task.chains == 1;
            totalChains += task.chains;
            totalStrict += task.strict;
            i++;
        }
        // Every interval of the mode in one pass of draws (ClusteredBootstrap.ratios): the rates, then pass@k,
        // at-least-k and the majority over forks.
        List<ClusteredBootstrap.Ratio> ratios = new ArrayList<>(List.of(
                new ClusteredBootstrap.Ratio(strict, chains),
                new ClusteredBootstrap.Ratio(loose, chains),
                new ClusteredBootstrap.Ratio(instructionsStrict, instructions),
                new ClusteredBootstrap.Ratio(instructionsLoose, instructions)));
        int forks = tallies.stream().mapToInt(TaskSeedTally::chains).max().orElse(0);
        if (forks >= 2) {
            ratios.addAll(forkRatios(tallies, forks));
        }
        List<ClusteredInterval> intervals =
                ClusteredBootstrap.ratios(ratios, resampling.resamples(), resampling.confidence(), resampling.seed());
        ForkSummary forkSummary = null;
        if (forks >= 2) {
            List<ClusteredInterval> passAtK = new ArrayList<>();
            List<ClusteredInterval> atLeastK = new ArrayList<>();
            for (int k = 1; k <= forks; k++) {
                passAtK.add(intervals.get(4 + 2 * (k - 1)));
                atLeastK.add(intervals.get(5 + 2 * (k - 1)));
            }
            forkSummary = new ForkSummary(forks, passAtK, intervals.get(4 + 2 * forks), atLeastK);
        }
        WilsonInterval wilson =
                independent && n > 0 ? WilsonInterval.of(totalStrict, totalChains, resampling.confidence()) : null;
        return new ModeIntervals(
                n,
                totalChains,
                intervals.get(0),
                intervals.get(1),
                intervals.get(2),
                intervals.get(3),
                wilson,
                forkSummary,
                DetectableDifference.againstUncorrelated(shares, seedNoise(tasks.values())));
    }

    /**
     * The paired comparison of {@code mode} against {@code baseline} on the tasks both have: the difference in
     * prompt-level strict pass share (mode − baseline, each task weighing the same), its paired bootstrap interval
     * over tasks, the task-level exact test and the power guidance.
     */
    public static ModeComparison comparison(
            String mode,
            Collection<TaskSeedTally> modeTallies,
            String baseline,
            Collection<TaskSeedTally> baselineTallies,
            Resampling resampling) {
        Map<String, TaskTotals> a = byTask(modeTallies);
        Map<String, TaskTotals> b = byTask(baselineTallies);
        List<String> shared = a.keySet().stream().filter(b::containsKey).toList(); // in TaskKeyOrder (TreeMap)
        int n = shared.size();
        double[] sharesA = new double[n];
        double[] sharesB = new double[n];
        int[] passedA = new int[n];
        int[] chainsA = new int[n];
        int[] passedB = new int[n];
        int[] chainsB = new int[n];
        boolean binary = true;
        List<Double> noise = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            TaskTotals x = a.get(shared.get(i));
            TaskTotals y = b.get(shared.get(i));
            passedA[i] = x.strict;
            chainsA[i] = x.chains;
            passedB[i] = y.strict;
            chainsB[i] = y.chains;
            sharesA[i] = (double) x.strict / x.chains;
            sharesB[i] = (double) y.strict / y.chains;
            binary &= x.chains == 1 && y.chains == 1;
            // Per seed both have, the difference of shares: its variance over seeds is the seed noise.
            List<Double> perSeed = new ArrayList<>();
            x.bySeed.forEach((seed, counts) -> {
                int[] other = y.bySeed.get(seed);
                if (other != null) {
                    perSeed.add((double) counts[1] / counts[0] - (double) other[1] / other[0]);
                }
            });
            if (perSeed.size() >= 2) {
                noise.add(variance(perSeed) / perSeed.size());
            }
        }
        BootstrapInterval difference = PairedBootstrap.of(
                sharesA, sharesB, resampling.resamples(), resampling.confidence(), resampling.seed());
        TaskLevelTest test = binary
                ? PairedPermutationTest.ofOutcomes(toBooleans(passedA), toBooleans(passedB))
                : PairedPermutationTest.ofShares(passedA, chainsA, passedB, chainsB);
        double[] differences = new double[n];
        for (int i = 0; i < n; i++) {
            differences[i] = sharesA[i] - sharesB[i];
        }
        double seedNoise = noise.isEmpty()
                ? Double.NaN
                : noise.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        return new ModeComparison(
                mode, baseline, difference, test, DetectableDifference.paired(differences, seedNoise));
    }

    /** Per task (in {@link TaskKeyOrder}), the sums over its seeds and forks. */
    static Map<String, TaskTotals> byTask(Collection<TaskSeedTally> tallies) {
        Map<String, TaskTotals> tasks = new TreeMap<>(TaskKeyOrder.ORDER);
        for (TaskSeedTally tally : tallies) {
            tasks.computeIfAbsent(tally.task(), key -> new TaskTotals()).add(tally);
        }
        return tasks;
    }

    /** Over forks, per k: pass@k and at-least-k; then the majority (per task, the mean over its seeds). */
    private static List<ClusteredBootstrap.Ratio> forkRatios(Collection<TaskSeedTally> tallies, int forks) {
        Map<String, List<TaskSeedTally>> tasks = new TreeMap<>(TaskKeyOrder.ORDER);
        tallies.forEach(
                t -> tasks.computeIfAbsent(t.task(), key -> new ArrayList<>()).add(t));
        List<ClusteredBootstrap.Ratio> ratios = new ArrayList<>();
        for (int k = 1; k <= forks; k++) {
            int kk = k;
            ratios.add(perTaskMean(
                    tasks,
                    group -> group.chains() >= kk ? PassAtK.unbiased(group.chains(), group.promptStrict(), kk) : null));
            ratios.add(perTaskMean(
                    tasks,
                    group -> group.chains() >= kk ? (PassAtK.atLeast(group.promptStrict(), kk) ? 1.0 : 0.0) : null));
        }
        ratios.add(perTaskMean(tasks, group -> PassAtK.majority(group.chains(), group.promptStrict()) ? 1.0 : 0.0));
        return ratios;
    }

    /** Per task the mean over its (task, seed) groups of a value (null: group left out); tasks without any, out. */
    private static ClusteredBootstrap.Ratio perTaskMean(
            Map<String, List<TaskSeedTally>> tasks, java.util.function.Function<TaskSeedTally, Double> value) {
        List<Double> means = new ArrayList<>();
        for (List<TaskSeedTally> groups : tasks.values()) {
            double sum = 0;
            int count = 0;
            for (TaskSeedTally group : groups) {
                Double v = value.apply(group);
                if (v != null) {
                    sum += v;
                    count++;
                }
            }
            if (count > 0) {
                means.add(sum / count);
            }
        }
        return ClusteredBootstrap.Ratio.mean(
                means.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** The mean over tasks with two or more seeds of Var_seeds(share) / seeds; NaN when no task has two seeds. */
    private static double seedNoise(Collection<TaskTotals> tasks) {
        double sum = 0;
        int count = 0;
        for (TaskTotals task : tasks) {
            if (task.bySeed.size() >= 2) {
                List<Double> shares = task.bySeed.values().stream()
                        .map(c -> (double) c[1] / c[0])
                        .toList();
                sum += variance(shares) / shares.size();
                count++;
            }
        }
        return count == 0 ? Double.NaN : sum / count;
    }

    private static double variance(List<Double> values) {
        double mean = values.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
        double squares = 0;
        for (double value : values) {
            squares += (value - mean) * (value - mean);
        }
        return squares / (values.size() - 1);
    }

    private static boolean[] toBooleans(int[] passed) {
        boolean[] result = new boolean[passed.length];
        for (int i = 0; i < passed.length; i++) {
            result[i] = passed[i] == 1;
        }
        return result;
    }

    /** One task's counts over its seeds and forks, and per seed {chains, strict passes}. */
    static final class TaskTotals {
        int chains;
        int strict;
        int loose;
        int instructions;
        int instructionsStrict;
        int instructionsLoose;
        final Map<String, int[]> bySeed = new TreeMap<>();

        void add(TaskSeedTally tally) {
            chains += tally.chains();
            strict += tally.promptStrict();
            loose += tally.promptLoose();
            instructions += tally.instructions();
            instructionsStrict += tally.instructionsStrict();
            instructionsLoose += tally.instructionsLoose();
            bySeed.merge(tally.replicate(), new int[] {tally.chains(), tally.promptStrict()}, (x, y) ->
                    new int[] {x[0] + y[0], x[1] + y[1]});
        }
    }
}
