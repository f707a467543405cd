package org.tracelab.core.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class NormalQuantileTest {

    // References: Python's statistics.NormalDist().inv_cdf (accurate to about 1e-15).
    @Test
    void matchesReferenceQuantilesInEveryRegion() {
        assertThat(NormalQuantile.inverseCdf(0.5)).isCloseTo(0.0, within(1e-12));
        assertThat(NormalQuantile.inverseCdf(0.975)).isCloseTo(1.9599639845400536, within(1e-8));
        assertThat(NormalQuantile.inverseCdf(0.995)).isCloseTo(2.5758293035489, within(1e-8));
        assertThat(NormalQuantile.inverseCdf(0.9)).isCloseTo(1.2815515655446008, within(1e-8));
        assertThat(NormalQuantile.inverseCdf(0.3)).isCloseTo(-0.5244005127080407, within(1e-8));
        assertThat(NormalQuantile.inverseCdf(0.001)).isCloseTo(-3.090232306167813, within(1e-8));
        assertThat(NormalQuantile.inverseCdf(1e-10)).isCloseTo(-6.361340902404056, within(1e-8));
        // both sides of the region boundaries
        assertThat(NormalQuantile.inverseCdf(0.02425)).isCloseTo(-1.9729610513118845, within(1e-8));
        assertThat(NormalQuantile.inverseCdf(0.97575)).isCloseTo(1.9729610513118847, within(1e-8));
    }

    @Test
    void twoSidedZFor95PercentIsTheFamiliar196() {
        assertThat(NormalQuantile.twoSidedZ(0.95)).isCloseTo(1.959963984540054, within(1e-8));
        assertThat(NormalQuantile.twoSidedZ(0.99)).isCloseTo(2.5758293035489, within(1e-8));
    }

    @Test
    void rejectsProbabilitiesOutsideTheOpenUnitInterval() {
        assertThatThrownBy(() -> NormalQuantile.inverseCdf(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NormalQuantile.inverseCdf(1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NormalQuantile.inverseCdf(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NormalQuantile.twoSidedZ(1.0)).isInstanceOf(IllegalArgumentException.class);
    }
}
