package org.tracelab.core.stats;

import java.math.BigInteger;
import java.util.Arrays;
import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * Task-level paired tests of "side A and side B pass equally often" on the same tasks (ADR 0008).
 *
 * <p>The statistic is the sum over tasks of d = share_A − share_B, where a share is the fraction of the task's
 * chains (over its seeds and forks) that passed. Under the null hypothesis the two sides' labels are exchangeable
 * within each task, so every d is as likely to carry its sign as the opposite one; the p-value is the probability,
 * over all 2^n sign patterns, of a sum at least as far from zero as the observed one. This is exact, needs no
 * assumption on the distribution of d, and respects the clustering: a task is one unit however many chains it has.
 *
 * <p>The shares are rationals, so the sums live on the lattice 1/L, L the least common multiple of the chain counts;
 * the null distribution is built exactly by convolving, task by task, with ±|d| (tasks with the smallest |d| first,
 * which keeps the support small). With pass/fail per task (one chain, or a majority verdict) this is exactly the
 * sign test on discordant tasks, McNemar's exact test with tasks as pairs, and {@link #ofOutcomes} computes it that
 * way. When the lattice would need more than {@value #MAX_WORK} cell updates the null distribution is replaced by a
 * normal one with the same variance (Σ d²), which is then labelled as such; so is a lattice wider than
 * {@value #MAX_SUPPORT} steps (its two arrays would not fit the app's heap budget).
 */
public final class PairedPermutationTest {

    /** Cell updates of the exact convolution above which the normal approximation is used (about a second). */
    static final long MAX_WORK = 200_000_000L;
    /** The largest |sum| on the lattice held exactly: two arrays of 2·support + 1 doubles, 64 MB at most. */
    static final long MAX_SUPPORT = 2_000_000L;

    private PairedPermutationTest() {}

    /**
     * Pass/fail per task on each side: the exact sign test on discordant tasks (McNemar with tasks as pairs).
     *
     * @param passedA per task, whether side A passed
     * @param passedB per task (same order), whether side B passed
     */
    public static TaskLevelTest ofOutcomes(boolean[] passedA, boolean[] passedB) {
        McNemarResult mcNemar = McNemarExact.fromOutcomes(passedA, passedB);
        return new TaskLevelTest(
                TaskLevelTest.Method.EXACT_MCNEMAR_ON_TASKS,
                passedA.length,
                mcNemar.b(),
                mcNemar.c(),
                mcNemar.pValue());
    }

    /**
     * Pass shares per task on each side.
     *
     * @param passedA per task, side A's passing chains
     * @param chainsA per task, side A's chains (≥ 1)
     * @param passedB per task, side B's passing chains
     * @param chainsB per task, side B's chains (≥ 1)
     */
    public static TaskLevelTest ofShares(int[] passedA, int[] chainsA, int[] passedB, int[] chainsB) {
        int n = passedA.length;
        if (chainsA.length != n || passedB.length != n || chainsB.length != n) {
            throw new IllegalArgumentException("per-task counts differ in length");
        }
        long lattice = 1;
        for (int i = 0; i < n; i++) {
            check(i, passedA[i], chainsA[i]);
            check(i, passedB[i], chainsB[i]);
            lattice = lcm(lcm(lattice, chainsA[i]), chainsB[i]);
        }
        if (lattice > Integer.MAX_VALUE) {
            return normal(passedA, chainsA, passedB, chainsB);
        }
        long[] differences = new long[n];
        int favouringA = 0;
        int favouringB = 0;
        long observed = 0;
        long support = 0;
        for (int i = 0; i < n; i++) {
            long d = passedA[i] * (lattice / chainsA[i]) - passedB[i] * (lattice / chainsB[i]);
            differences[i] = Math.abs(d);
            observed += d;
            support += Math.abs(d);
            favouringA += d > 0 ? 1 : 0;
            favouringB += d < 0 ? 1 : 0;
        }
        Arrays.sort(differences);
        long work = 0;
        long reach = 0;
        for (long d : differences) {
            reach += d;
            work += d == 0 ? 0 : 2 * reach + 1;
        }
        if (support > MAX_SUPPORT || work > MAX_WORK) {
            return normal(passedA, chainsA, passedB, chainsB);
        }
        double p = exactTwoSided(differences, (int) support, Math.abs(observed));
        return new TaskLevelTest(TaskLevelTest.Method.EXACT_PERMUTATION_ON_TASKS, n, favouringA, favouringB, p);
    }

    /** P(|S| ≥ observed) for S = Σ ±d, every sign pattern equally likely; d sorted ascending, all ≥ 0. */
    private static double exactTwoSided(long[] differences, int support, long observed) {
        if (observed == 0) {
            return 1.0;
        }
        // probabilities[support + s] = P(S = s) over the tasks convolved so far.
        double[] probabilities = new double[2 * support + 1];
        double[] next = new double[probabilities.length];
        probabilities[support] = 1.0;
        int reach = 0;
        for (long value : differences) {
            int d = (int) value;
            if (d == 0) {
                continue;
            }
            int newReach = reach + d;
            Arrays.fill(next, support - newReach, support + newReach + 1, 0.0);
            for (int s = -reach; s <= reach; s++) {
                double half = probabilities[support + s] * 0.5;
                if (half != 0) {
                    next[support + s - d] += half;
                    next[support + s + d] += half;
                }
            }
            double[] swap = probabilities;
            probabilities = next;
            next = swap;
            reach = newReach;
        }
        // The distribution is symmetric: twice the upper tail, summed from the far end (small terms first).
        double tail = 0;
        for (int s = reach; s >= observed; s--) {
            tail += probabilities[support + s];
        }
        return Math.min(1.0, 2 * tail);
    }

    private static TaskLevelTest normal(int[] passedA, int[] chainsA, int[] passedB, int[] chainsB) {
        double sum = 0;
        double squares = 0;
        int favouringA = 0;
        int favouringB = 0;
        for (int i = 0; i < passedA.length; i++) {
            double d = (double) passedA[i] / chainsA[i] - (double) passedB[i] / chainsB[i];
            sum += d;
            squares += d * d;
            favouringA += d > 0 ? 1 : 0;
            favouringB += d < 0 ? 1 : 0;
        }
        double p = squares == 0
                ? 1.0
                : Math.min(
                        1.0, 2 * NormalDistribution.of(0, 1).survivalProbability(Math.abs(sum) / Math.sqrt(squares)));
        return new TaskLevelTest(
                TaskLevelTest.Method.NORMAL_PERMUTATION_ON_TASKS, passedA.length, favouringA, favouringB, p);
    }

    private static void check(int task, int passed, int chains) {
        if (chains < 1 || passed < 0 || passed > chains) {
            throw new IllegalArgumentException(
                    "task " + task + ": need 0 <= passed <= chains and chains >= 1, got " + passed + "/" + chains);
        }
    }

    private static long lcm(long a, long b) {
        BigInteger product = BigInteger.valueOf(a).multiply(BigInteger.valueOf(b));
        BigInteger lcm = product.divide(BigInteger.valueOf(a).gcd(BigInteger.valueOf(b)));
        return lcm.bitLength() < 63 ? lcm.longValue() : Long.MAX_VALUE;
    }
}
