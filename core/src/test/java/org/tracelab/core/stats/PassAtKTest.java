package org.tracelab.core.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.apache.commons.statistics.distribution.BinomialDistribution;
import org.junit.jupiter.api.Test;

class PassAtKTest {

    @Test
    void handComputedValues() {
        // 1 - C(n-c, k) / C(n, k)
        assertThat(PassAtK.unbiased(4, 1, 2)).isCloseTo(1 - 3 / 6.0, within(1e-15));
        assertThat(PassAtK.unbiased(10, 3, 5)).isCloseTo(1 - 21 / 252.0, within(1e-15));
        assertThat(PassAtK.unbiased(4, 2, 1)).isCloseTo(0.5, within(1e-15));
        assertThat(PassAtK.unbiased(4, 0, 4)).isZero();
        assertThat(PassAtK.unbiased(4, 1, 4)).isEqualTo(1.0);
        assertThat(PassAtK.unbiased(5, 3, 3)).isEqualTo(1.0); // n - c < k: every draw of 3 includes a pass
    }

    @Test
    void equalsTheShareOfAllKSubsetsThatContainAPass() {
        for (int n = 1; n <= 8; n++) {
            for (int c = 0; c <= n; c++) {
                for (int k = 1; k <= n; k++) {
                    int subsets = 0;
                    int withPass = 0;
                    for (int mask = 0; mask < 1 << n; mask++) {
                        if (Integer.bitCount(mask) == k) {
                            subsets++;
                            withPass += (mask & ((1 << c) - 1)) != 0 ? 1 : 0; // samples 0..c-1 passed
                        }
                    }
                    assertThat(PassAtK.unbiased(n, c, k))
                            .as("n=%d c=%d k=%d", n, c, k)
                            .isCloseTo(withPass / (double) subsets, within(1e-12));
                }
            }
        }
    }

    @Test
    void isUnbiasedForTheClosedFormOnePlusMinusOneMinusPToTheK() {
        // E[estimator] over c ~ Binomial(n, p) equals 1 - (1 - p)^k exactly.
        int n = 10;
        for (double p : new double[] {0.05, 0.3, 0.5, 0.9}) {
            for (int k = 1; k <= n; k++) {
                BinomialDistribution binomial = BinomialDistribution.of(n, p);
                double expectation = 0;
                for (int c = 0; c <= n; c++) {
                    expectation += binomial.probability(c) * PassAtK.unbiased(n, c, k);
                }
                assertThat(expectation).as("p=%s k=%d", p, k).isCloseTo(1 - Math.pow(1 - p, k), within(1e-12));
            }
        }
    }

    @Test
    void simulatedTasksAverageToTheClosedForm() {
        // 20,000 simulated tasks with 8 samples at p = 0.2: the mean pass@3 estimate is 1 - 0.8^3 = 0.488 within
        // a few of its standard errors (sd of one estimate < 0.5, so se < 0.0036).
        SplittableRandom random = new SplittableRandom(11);
        double sum = 0;
        int tasks = 20_000;
        for (int t = 0; t < tasks; t++) {
            int c = 0;
            for (int i = 0; i < 8; i++) {
                c += random.nextDouble() < 0.2 ? 1 : 0;
            }
            sum += PassAtK.unbiased(8, c, 3);
        }
        assertThat(sum / tasks).isCloseTo(0.488, within(0.012));
    }

    @Test
    void majorityNeedsMoreThanHalfAndAtLeastCounts() {
        assertThat(PassAtK.majority(4, 2)).isFalse();
        assertThat(PassAtK.majority(4, 3)).isTrue();
        assertThat(PassAtK.majority(3, 2)).isTrue();
        assertThat(PassAtK.atLeast(2, 2)).isTrue();
        assertThat(PassAtK.atLeast(1, 2)).isFalse();
    }

    @Test
    void rejectsKOutsideOneToN() {
        assertThatThrownBy(() -> PassAtK.unbiased(3, 1, 4)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PassAtK.unbiased(3, 1, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
