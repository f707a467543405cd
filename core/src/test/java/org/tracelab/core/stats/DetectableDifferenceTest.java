package org.tracelab.core.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DetectableDifferenceTest {

    @Test
    void multiplierIsZOfTheLevelPlusZOfThePower() {
        // 1.959964 + 0.841621
        assertThat(DetectableDifference.multiplier(0.05, 0.8)).isCloseTo(2.801585, within(1e-6));
    }

    @Test
    void handComputedFromPerTaskDifferences() {
        double[] differences = {0.5, 0, 0, 0.25, -0.25, 0.5, 0, 0.25};
        // mean 0.15625, sample sd 0.2651650429…, n = 8
        DetectableDifference power = DetectableDifference.paired(differences, Double.NaN);
        assertThat(power.tasks()).isEqualTo(8);
        assertThat(power.perTaskSd()).isCloseTo(0.26516504294495535, within(1e-12));
        assertThat(power.difference()).isCloseTo(2.801585 * 0.26516504294495535 / Math.sqrt(8), within(1e-6));
        assertThat(power.floor()).isNaN();
        // Half the variance is seed noise: unlimited seeds leave the other half.
        double variance = 0.26516504294495535 * 0.26516504294495535;
        DetectableDifference withSeeds = DetectableDifference.paired(differences, variance / 2);
        assertThat(withSeeds.floor()).isCloseTo(withSeeds.difference() / Math.sqrt(2), within(1e-12));
    }

    @Test
    void oneSideAloneAssumesAnUncorrelatedPartner() {
        double[] shares = {1, 0, 1, 0};
        DetectableDifference power = DetectableDifference.againstUncorrelated(shares, Double.NaN);
        assertThat(power.perTaskSd()).isCloseTo(Math.sqrt(2) * Math.sqrt(1 / 3.0), within(1e-12));
        assertThat(DetectableDifference.paired(new double[] {0.3}, Double.NaN).difference())
                .isNaN();
    }

    /**
     * The guidance checked by simulation: 50 tasks with true pass probabilities spread over [0.2, 0.8], 4 chains per
     * task and side. The detectable difference computed from the design's per-task sd must be detected by the
     * exact task-level test about 80 % of the time (400 data sets; the test is discrete and slightly conservative,
     * so accept 0.70–0.90), and half of it far less often.
     */
    @Test
    void theExactTaskLevelTestDetectsTheGuidedDifferenceWithAboutEightyPercentPower() {
        int tasks = 50;
        int chains = 4;
        // The design's sd of per-task differences, from a large pilot at no difference.
        SplittableRandom pilotRandom = new SplittableRandom(3);
        double[] pilot = new double[20_000];
        for (int t = 0; t < pilot.length; t++) {
            double p = 0.2 + 0.6 * pilotRandom.nextDouble();
            pilot[t] = (binomial(pilotRandom, chains, p) - binomial(pilotRandom, chains, p)) / (double) chains;
        }
        double detectable = DetectableDifference.paired(pilot, Double.NaN).perTaskSd()
                * DetectableDifference.multiplier(0.05, 0.8)
                / Math.sqrt(tasks);
        assertThat(rejectionRate(tasks, chains, detectable, 400, 17)).isBetween(0.70, 0.90);
        assertThat(rejectionRate(tasks, chains, detectable / 2, 400, 19)).isLessThan(0.45);
    }

    private static double rejectionRate(int tasks, int chains, double delta, int simulations, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int rejected = 0;
        int[] counts = new int[tasks];
        java.util.Arrays.fill(counts, chains);
        for (int sim = 0; sim < simulations; sim++) {
            int[] a = new int[tasks];
            int[] b = new int[tasks];
            for (int t = 0; t < tasks; t++) {
                double p = 0.2 + 0.6 * random.nextDouble();
                a[t] = binomial(random, chains, Math.min(1, p + delta));
                b[t] = binomial(random, chains, p);
            }
            rejected += PairedPermutationTest.ofShares(a, counts, b, counts).pValue() < 0.05 ? 1 : 0;
        }
        return rejected / (double) simulations;
    }

    private static int binomial(SplittableRandom random, int n, double p) {
        int passed = 0;
        for (int i = 0; i < n; i++) {
            passed += random.nextDouble() < p ? 1 : 0;
        }
        return passed;
    }
}
