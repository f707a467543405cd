package org.tracelab.core.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.assertj.core.data.Percentage;
import org.junit.jupiter.api.Test;

/**
 * References computed exactly in Python with integers: p = min(1, 2 · Σ_{i ≤ min(b,c)} C(b+c, i) / 2^(b+c)).
 */
class McNemarExactTest {

    @Test
    void noDiscordantPairsGivesOne() {
        McNemarResult result = McNemarExact.test(0, 0);
        assertThat(result.pValue()).isEqualTo(1.0);
        assertThat(result.discordant()).isZero();
    }

    @Test
    void smallCountsMatchTheExactBinomialTail() {
        // (1 + 6) / 64 · 2
        assertThat(McNemarExact.test(1, 5).pValue()).isCloseTo(0.21875, within(1e-12));
        // (1 + 15 + 105 + 455) / 32768 · 2
        assertThat(McNemarExact.test(3, 12).pValue()).isCloseTo(0.03515625, within(1e-12));
        assertThat(McNemarExact.test(50, 70).pValue()).isCloseTo(0.08240747932752655, within(1e-12));
        // 2 · 2^-25
        assertThat(McNemarExact.test(0, 25).pValue()).isCloseTo(5.960464477539063e-08, Percentage.withPercentage(1e-9));
    }

    @Test
    void smallCountsAreExactToTheLastBit() {
        assertThat(McNemarExact.test(3, 0).pValue()).isEqualTo(0.25);
        assertThat(McNemarExact.test(1, 5).pValue()).isEqualTo(0.21875);
        assertThat(McNemarExact.test(3, 12).pValue()).isEqualTo(0.03515625);
    }

    @Test
    void bothSummationsAgreeAroundTheSwitch() {
        // 1000 discordant pairs are summed directly, 1001 in log space; references exact (Python integers).
        assertThat(McNemarExact.test(470, 530).pValue())
                .isCloseTo(0.06202319509836318, Percentage.withPercentage(1e-8));
        assertThat(McNemarExact.test(470, 531).pValue())
                .isCloseTo(0.05785052237168669, Percentage.withPercentage(1e-8));
    }

    @Test
    void isSymmetricInBAndC() {
        int[][] pairs = {{1, 5}, {3, 12}, {50, 70}, {0, 25}, {4000, 4300}};
        for (int[] pair : pairs) {
            assertThat(McNemarExact.test(pair[1], pair[0]).pValue())
                    .isEqualTo(McNemarExact.test(pair[0], pair[1]).pValue());
        }
    }

    @Test
    void neverExceedsOne() {
        assertThat(McNemarExact.test(5, 5).pValue()).isEqualTo(1.0);
        assertThat(McNemarExact.test(4, 5).pValue()).isEqualTo(1.0);
        assertThat(McNemarExact.test(20_000, 20_000).pValue()).isEqualTo(1.0);
    }

    @Test
    void staysAccurateForLargeCounts() {
        assertThat(McNemarExact.test(4000, 4300).pValue())
                .isCloseTo(0.001029736761268161, Percentage.withPercentage(1e-7));
        assertThat(McNemarExact.test(9900, 10400).pValue())
                .isCloseTo(0.00046099092405453617, Percentage.withPercentage(1e-7));
        // 2 · 2^-2000 is below the smallest double: an honest 0, not NaN or an exception
        assertThat(McNemarExact.test(0, 2000).pValue()).isEqualTo(0.0);
    }

    @Test
    void countsDiscordantPairsFromOutcomes() {
        boolean[] a = {true, true, false, false, true, false};
        boolean[] b = {true, false, true, false, false, true};
        McNemarResult result = McNemarExact.fromOutcomes(a, b);
        assertThat(result.b()).isEqualTo(2);
        assertThat(result.c()).isEqualTo(2);
        assertThat(result.pValue()).isEqualTo(1.0);
    }

    @Test
    void rejectsBadInput() {
        assertThatThrownBy(() -> McNemarExact.test(-1, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> McNemarExact.fromOutcomes(new boolean[2], new boolean[3]))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
