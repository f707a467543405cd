package org.tracelab.core.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * References computed with Python's standard library: z = NormalDist().inv_cdf(0.975), then
 * centre = (p + z²/2n) / (1 + z²/n), half = z / (1 + z²/n) · √(p(1−p)/n + z²/4n²).
 */
class WilsonIntervalTest {

    private static final double TOLERANCE = 1e-6;

    @Test
    void noSuccessesStartsAtExactlyZero() {
        WilsonInterval interval = WilsonInterval.of(0, 10);
        assertThat(interval.lower()).isEqualTo(0.0);
        assertThat(interval.upper()).isCloseTo(0.27753279986288915, within(TOLERANCE));
    }

    @Test
    void halfIsSymmetricAroundOneHalf() {
        WilsonInterval interval = WilsonInterval.of(5, 10);
        assertThat(interval.lower()).isCloseTo(0.23659309051256405, within(TOLERANCE));
        assertThat(interval.upper()).isCloseTo(0.763406909487436, within(TOLERANCE));
        assertThat(interval.lower() + interval.upper()).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void allSuccessesEndsAtExactlyOne() {
        WilsonInterval interval = WilsonInterval.of(10, 10);
        assertThat(interval.lower()).isCloseTo(0.7224672001371109, within(TOLERANCE));
        assertThat(interval.upper()).isEqualTo(1.0);
    }

    @Test
    void fortyOneOfAHundred() {
        WilsonInterval interval = WilsonInterval.of(41, 100);
        assertThat(interval.lower()).isCloseTo(0.3186731302113652, within(TOLERANCE));
        assertThat(interval.upper()).isCloseTo(0.5079856994658921, within(TOLERANCE));
        assertThat(interval.rate()).isEqualTo(0.41);
        assertThat(interval.confidence()).isEqualTo(0.95);
    }

    @Test
    void otherConfidenceLevelsWidenTheInterval() {
        WilsonInterval interval = WilsonInterval.of(41, 100, 0.99);
        assertThat(interval.lower()).isCloseTo(0.2927888574538846, within(TOLERANCE));
        assertThat(interval.upper()).isCloseTo(0.5384108663349635, within(TOLERANCE));
    }

    @Test
    void singleTrial() {
        WilsonInterval interval = new Proportion(1, 1).wilson95();
        assertThat(interval.lower()).isCloseTo(0.20654931437723745, within(TOLERANCE));
        assertThat(interval.upper()).isEqualTo(1.0);
    }

    @Test
    void noTrialsMeansNothingIsKnown() {
        WilsonInterval interval = WilsonInterval.of(0, 0);
        assertThat(interval.lower()).isNaN();
        assertThat(interval.upper()).isNaN();
        assertThat(new Proportion(0, 0).rate()).isNaN();
    }

    @Test
    void rejectsImpossibleCounts() {
        assertThatThrownBy(() -> WilsonInterval.of(11, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WilsonInterval.of(-1, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Proportion(0, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WilsonInterval.of(1, 10, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
