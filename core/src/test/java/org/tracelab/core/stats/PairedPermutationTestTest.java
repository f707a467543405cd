package org.tracelab.core.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;

class PairedPermutationTestTest {

    @Test
    void passFailPerTaskIsMcNemarsExactTestOnTasks() {
        boolean[] a = {true, true, true, true, true, false, true, false, false, true};
        boolean[] b = {false, false, false, true, false, false, true, false, true, false};
        TaskLevelTest test = PairedPermutationTest.ofOutcomes(a, b);
        // 5 tasks favour A, 1 favours B: p = 2 · (1 + 6) / 64 = 0.21875.
        assertThat(test.method()).isEqualTo(TaskLevelTest.Method.EXACT_MCNEMAR_ON_TASKS);
        assertThat(test.favouringA()).isEqualTo(5);
        assertThat(test.favouringB()).isEqualTo(1);
        assertThat(test.pValue()).isCloseTo(0.21875, within(1e-15));
        // The permutation test on one chain per task enumerates the same distribution.
        int[] one = {1, 1, 1, 1, 1, 1, 1, 1, 1, 1};
        TaskLevelTest shares = PairedPermutationTest.ofShares(counts(a), one, counts(b), one);
        assertThat(shares.method()).isEqualTo(TaskLevelTest.Method.EXACT_PERMUTATION_ON_TASKS);
        assertThat(shares.pValue()).isCloseTo(0.21875, within(1e-15));
    }

    @Test
    void handComputedSharesOverThreeChains() {
        // Differences in thirds: +2, +1, +1, -1, 0. Sum = 3 (thirds). Sign patterns of (2, 1, 1, 1): 16; sums with
        // |S| >= 3: (+2+1+1+1)=5, (+2+1+1-1), (+2+1-1+1), (+2-1+1+1) = 3 each, and their mirror images: 8 of 16.
        int[] three = {3, 3, 3, 3, 3};
        TaskLevelTest test =
                PairedPermutationTest.ofShares(new int[] {3, 2, 1, 0, 2}, three, new int[] {1, 1, 0, 1, 2}, three);
        assertThat(test.pValue()).isEqualTo(0.5);
        assertThat(test.favouringA()).isEqualTo(3);
        assertThat(test.favouringB()).isEqualTo(1);
        assertThat(test.discordant()).isEqualTo(4);
    }

    @Test
    void agreesWithBruteForceEnumerationOnUnevenChainCounts() {
        SplittableRandom random = new SplittableRandom(5);
        for (int round = 0; round < 20; round++) {
            int n = 12;
            int[] passedA = new int[n];
            int[] chainsA = new int[n];
            int[] passedB = new int[n];
            int[] chainsB = new int[n];
            for (int i = 0; i < n; i++) {
                chainsA[i] = 1 + random.nextInt(4);
                chainsB[i] = 1 + random.nextInt(4);
                passedA[i] = random.nextInt(chainsA[i] + 1);
                passedB[i] = random.nextInt(chainsB[i] + 1);
            }
            double expected = bruteForce(passedA, chainsA, passedB, chainsB);
            TaskLevelTest test = PairedPermutationTest.ofShares(passedA, chainsA, passedB, chainsB);
            assertThat(test.method()).isEqualTo(TaskLevelTest.Method.EXACT_PERMUTATION_ON_TASKS);
            assertThat(test.pValue()).as("round %d", round).isCloseTo(expected, within(1e-12));
        }
    }

    @Test
    void noDifferenceGivesOne() {
        int[] two = {2, 2, 2};
        assertThat(PairedPermutationTest.ofShares(new int[] {1, 2, 0}, two, new int[] {1, 2, 0}, two)
                        .pValue())
                .isEqualTo(1.0);
        assertThat(PairedPermutationTest.ofShares(new int[0], new int[0], new int[0], new int[0])
                        .pValue())
                .isEqualTo(1.0);
    }

    @Test
    void tooLargeALatticeFallsBackToTheNormalApproximationAndSaysSo() {
        // 4,000 tasks with chain counts 1..13 (lcm 360,360): far beyond the exact budget.
        int n = 4_000;
        int[] passedA = new int[n];
        int[] chainsA = new int[n];
        int[] passedB = new int[n];
        int[] chainsB = new int[n];
        double sum = 0;
        double squares = 0;
        for (int i = 0; i < n; i++) {
            chainsA[i] = 1 + i % 13;
            chainsB[i] = 1 + (i + 5) % 13;
            passedA[i] = i % 3 == 0 ? chainsA[i] : chainsA[i] / 2;
            passedB[i] = chainsB[i] / 2;
            double d = (double) passedA[i] / chainsA[i] - (double) passedB[i] / chainsB[i];
            sum += d;
            squares += d * d;
        }
        TaskLevelTest test = PairedPermutationTest.ofShares(passedA, chainsA, passedB, chainsB);
        assertThat(test.method()).isEqualTo(TaskLevelTest.Method.NORMAL_PERMUTATION_ON_TASKS);
        double expected = 2 * NormalDistribution.of(0, 1).survivalProbability(Math.abs(sum) / Math.sqrt(squares));
        assertThat(test.pValue()).isCloseTo(expected, within(1e-15));
    }

    @Test
    void aWideLatticeOnFewTasksIsApproximatedRatherThanHeldInMemory() {
        // Chain counts 1..13 (lcm 360,360) on 13 tasks: |sum| up to millions of lattice steps.
        int n = 13;
        int[] passedA = new int[n];
        int[] chainsA = new int[n];
        int[] passedB = new int[n];
        int[] chainsB = new int[n];
        for (int i = 0; i < n; i++) {
            chainsA[i] = i + 1;
            passedA[i] = i + 1;
            chainsB[i] = 13 - i;
            passedB[i] = 0;
        }
        TaskLevelTest test = PairedPermutationTest.ofShares(passedA, chainsA, passedB, chainsB);
        assertThat(test.method()).isEqualTo(TaskLevelTest.Method.NORMAL_PERMUTATION_ON_TASKS);
        assertThat(test.favouringA()).isEqualTo(13);
        // All 13 differences are +1: the exact p would be 2 / 2^13; the normal approximation is of that order.
        assertThat(test.pValue()).isLessThan(0.001);
    }

    @Test
    void rejectsImpossibleCounts() {
        assertThatThrownBy(() ->
                        PairedPermutationTest.ofShares(new int[] {2}, new int[] {1}, new int[] {0}, new int[] {1}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("task 0");
        assertThatThrownBy(() ->
                        PairedPermutationTest.ofShares(new int[] {0}, new int[] {0}, new int[] {0}, new int[] {1}))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** P(|Σ ±d| ≥ |Σ d|) over all 2^n sign patterns, with exact rationals scaled by the lcm 12 of 1..4. */
    private static double bruteForce(int[] passedA, int[] chainsA, int[] passedB, int[] chainsB) {
        int n = passedA.length;
        long[] d = new long[n];
        long observed = 0;
        for (int i = 0; i < n; i++) {
            d[i] = passedA[i] * (12L / chainsA[i]) - passedB[i] * (12L / chainsB[i]);
            observed += d[i];
        }
        int atLeast = 0;
        for (int pattern = 0; pattern < 1 << n; pattern++) {
            long sum = 0;
            for (int i = 0; i < n; i++) {
                sum += (pattern >> i & 1) == 1 ? d[i] : -d[i];
            }
            atLeast += Math.abs(sum) >= Math.abs(observed) ? 1 : 0;
        }
        return atLeast / (double) (1 << n);
    }

    private static int[] counts(boolean[] passed) {
        int[] counts = new int[passed.length];
        for (int i = 0; i < passed.length; i++) {
            counts[i] = passed[i] ? 1 : 0;
        }
        return counts;
    }
}
