package org.tracelab.core.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SeedDeriverTest {

    @Test
    void derivedSeedsAreStableAcrossReleases() {
        // Stored runs are resumed and compared by these values: a change here is a format change.
        assertThat(SeedDeriver.callSeed(42, "1000", 0, 0)).isEqualTo(GOLDEN_42_1000_0_0);
        assertThat(SeedDeriver.callSeed(42, "1000", 0, 0)).isEqualTo(SeedDeriver.callSeed(42, "1000", 0, 0));
    }

    @Test
    void everyFieldChangesTheSeed() {
        long base = SeedDeriver.callSeed(42, "1000", 0, 0);
        assertThat(SeedDeriver.callSeed(43, "1000", 0, 0)).isNotEqualTo(base);
        assertThat(SeedDeriver.callSeed(42, "1001", 0, 0)).isNotEqualTo(base);
        assertThat(SeedDeriver.callSeed(42, "1000", 1, 0)).isNotEqualTo(base);
        assertThat(SeedDeriver.callSeed(42, "1000", 0, 1)).isNotEqualTo(base);
    }

    @Test
    void fieldsDoNotRunIntoEachOther() {
        // The key is length-prefixed, so "1" + fork 10 and "11" + fork 0 cannot collide by concatenation.
        assertThat(SeedDeriver.callSeed(1, "1", 10, 0)).isNotEqualTo(SeedDeriver.callSeed(1, "11", 0, 0));
    }

    @Test
    void seedsFitEveryBackendAndRarelyCollide() {
        Set<Long> seen = new HashSet<>();
        for (int task = 0; task < 200; task++) {
            for (int fork = 0; fork < 5; fork++) {
                for (int attempt = 0; attempt < 4; attempt++) {
                    long seed = SeedDeriver.callSeed(7, Integer.toString(task), fork, attempt);
                    assertThat(seed).isBetween(0L, 0x7FFF_FFFEL + 1);
                    seen.add(seed);
                }
            }
        }
        assertThat(seen).hasSize(200 * 5 * 4);
    }

    private static final long GOLDEN_42_1000_0_0 = 1_470_247_814L;
}
