package org.tracelab.core.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PairedBootstrapTest {

    // Per task, each mode's pass rate averaged over seeds and forks (thirds: 3 seeds, halves: 2 forks).
    private static final double[] A = {1.0, 0.5, 0.0, 1.0, 2 / 3.0, 1.0, 0.0, 1 / 3.0, 1.0, 0.5};
    private static final double[] B = {0.5, 0.5, 0.0, 0.0, 1 / 3.0, 1.0, 0.5, 0.0, 1.0, 0.0};

    @Test
    void observedDifferenceIsTheMeanPerTaskDifference() {
        BootstrapInterval interval = PairedBootstrap.of(A, B, 42);
        assertThat(interval.difference()).isCloseTo(0.21666666666666665, within(1e-12));
        assertThat(interval.resamples()).isEqualTo(10_000);
        assertThat(interval.seed()).isEqualTo(42);
        assertThat(interval.tasks()).isEqualTo(10);
        assertThat(interval.confidence()).isEqualTo(0.95);
    }

    @Test
    void matchesAnIndependentReimplementation() {
        // /usr/bin/python3 re-implementation of SplittableRandom (SplitMix64, bounded nextInt) and of the
        // type-7 percentile, run on the same data: seed 42 → [-0.0333…, 0.4666…], seed 7 → [-0.0166…, 0.4666…].
        BootstrapInterval seed42 = PairedBootstrap.of(A, B, 42);
        assertThat(seed42.lower()).isCloseTo(-0.03333333333333334, within(1e-9));
        assertThat(seed42.upper()).isCloseTo(0.4666666666666666, within(1e-9));
        BootstrapInterval seed7 = PairedBootstrap.of(A, B, 7);
        assertThat(seed7.lower()).isCloseTo(-0.016666666666666673, within(1e-9));
        assertThat(seed7.upper()).isCloseTo(0.4666666666666666, within(1e-9));
    }

    @Test
    void isReproducibleWithASeed() {
        assertThat(PairedBootstrap.of(A, B, 123)).isEqualTo(PairedBootstrap.of(A, B, 123));
        assertThat(PairedBootstrap.of(A, B, 2_000, 0.9, 5)).isEqualTo(PairedBootstrap.of(A, B, 2_000, 0.9, 5));
    }

    @Test
    void intervalContainsTheObservedDifference() {
        for (long seed = 0; seed < 5; seed++) {
            BootstrapInterval interval = PairedBootstrap.of(A, B, seed);
            assertThat(interval.lower()).isLessThanOrEqualTo(interval.difference());
            assertThat(interval.upper()).isGreaterThanOrEqualTo(interval.difference());
        }
    }

    @Test
    void identicalTasksGiveAZeroWidthInterval() {
        double[] a = new double[20];
        double[] b = new double[20];
        Arrays.fill(a, 0.7);
        Arrays.fill(b, 0.4);
        BootstrapInterval interval = PairedBootstrap.of(a, b, 9);
        assertThat(interval.lower()).isEqualTo(interval.difference());
        assertThat(interval.upper()).isEqualTo(interval.difference());
        assertThat(interval.difference()).isCloseTo(0.3, within(1e-12));

        BootstrapInterval same = PairedBootstrap.of(a, a, 9);
        assertThat(same.difference()).isZero();
        assertThat(same.lower()).isZero();
        assertThat(same.upper()).isZero();
        assertThat(same.containsZero()).isTrue();
    }

    @Test
    void agreesWithTheNormalApproximationOnManyTasks() {
        // 400 tasks, binary per-task outcomes: the percentile interval should be close to mean ± 1.96·sd/√n.
        SplittableRandom data = new SplittableRandom(1);
        int n = 400;
        double[] a = new double[n];
        double[] b = new double[n];
        for (int i = 0; i < n; i++) {
            a[i] = data.nextDouble() < 0.6 ? 1 : 0;
            b[i] = data.nextDouble() < 0.5 ? 1 : 0;
        }
        SeedSpread differences = SeedSpread.of(
                IntStream.range(0, n).mapToDouble(i -> a[i] - b[i]).toArray());
        double halfWidth = 1.959963984540054 * differences.std() / Math.sqrt(n);
        BootstrapInterval interval = PairedBootstrap.of(a, b, 3);
        assertThat(interval.difference()).isCloseTo(differences.mean(), within(1e-12));
        assertThat(interval.lower()).isCloseTo(differences.mean() - halfWidth, within(0.01));
        assertThat(interval.upper()).isCloseTo(differences.mean() + halfWidth, within(0.01));
    }

    @Test
    void noTasksIsUndefined() {
        BootstrapInterval interval = PairedBootstrap.of(new double[0], new double[0], 1);
        assertThat(interval.difference()).isNaN();
        assertThat(interval.lower()).isNaN();
        assertThat(interval.upper()).isNaN();
        assertThat(interval.tasks()).isZero();
    }

    @Test
    void percentileInterpolatesBetweenOrderStatistics() {
        double[] sorted = {0, 10, 20, 30, 40};
        assertThat(PairedBootstrap.percentile(sorted, 0.0)).isEqualTo(0);
        assertThat(PairedBootstrap.percentile(sorted, 0.5)).isEqualTo(20);
        assertThat(PairedBootstrap.percentile(sorted, 0.1)).isCloseTo(4, within(1e-12));
        assertThat(PairedBootstrap.percentile(sorted, 1.0)).isEqualTo(40);
    }

    @Test
    void rejectsBadInput() {
        assertThatThrownBy(() -> PairedBootstrap.of(new double[2], new double[3], 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PairedBootstrap.of(new double[] {1.5}, new double[] {0}, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PairedBootstrap.of(new double[] {Double.NaN}, new double[] {0}, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PairedBootstrap.of(A, B, 0, 0.95, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
