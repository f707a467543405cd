package org.tracelab.core.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class SeedSpreadTest {

    @Test
    void meanAndSampleStandardDeviationUseNMinusOne() {
        // mean 0.5; squared deviations 0.01 + 0 + 0.01 = 0.02; / (3 - 1) = 0.01; sqrt = 0.1
        SeedSpread spread = SeedSpread.of(0.4, 0.5, 0.6);
        assertThat(spread.n()).isEqualTo(3);
        assertThat(spread.mean()).isCloseTo(0.5, within(1e-12));
        assertThat(spread.std()).isCloseTo(0.1, within(1e-12));
        assertThat(spread.hasSpread()).isTrue();
    }

    @Test
    void twoSeeds() {
        // |a - b| / sqrt(2) for two values
        SeedSpread spread = SeedSpread.of(List.of(0.30, 0.50));
        assertThat(spread.mean()).isCloseTo(0.4, within(1e-12));
        assertThat(spread.std()).isCloseTo(0.2 / Math.sqrt(2), within(1e-12));
    }

    @Test
    void oneSeedHasAMeanButNoStandardDeviation() {
        SeedSpread spread = SeedSpread.of(0.42);
        assertThat(spread.n()).isEqualTo(1);
        assertThat(spread.mean()).isEqualTo(0.42);
        assertThat(spread.std()).isNaN();
        assertThat(spread.hasSpread()).isFalse();
    }

    @Test
    void identicalSeedsHaveZeroSpread() {
        assertThat(SeedSpread.of(0.7, 0.7, 0.7, 0.7).std()).isEqualTo(0.0);
    }

    @Test
    void noSeedsIsUndefined() {
        SeedSpread spread = SeedSpread.of();
        assertThat(spread.n()).isZero();
        assertThat(spread.mean()).isNaN();
        assertThat(spread.std()).isNaN();
    }

    @Test
    void rejectsNonFiniteRates() {
        assertThatThrownBy(() -> SeedSpread.of(0.5, Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }
}
