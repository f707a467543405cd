package org.tracelab.core.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class FlagPolicyTest {

    private final FlagPolicy strict = new FlagPolicy(false);

    @Test
    void aSharedFirstAttemptIsNotAFlaggedText() {
        // A direct chain and a full_pcl chain store the same first call; that says nothing about its text.
        assertThat(strict.negative(Set.of("shared:first_attempt"))).isEmpty();
        assertThat(strict.positive(Set.of("shared:first_attempt"))).isEmpty();
    }

    @Test
    void realFlagsStillExcludeUnlessFlaggedTextsAreIncluded() {
        assertThat(strict.negative(Set.of("shared:first_attempt", "refusal"))).contains(Exclusion.FLAGGED);
        assertThat(new FlagPolicy(true).negative(Set.of("refusal"))).isEmpty();
        assertThat(new FlagPolicy(true).positive(Set.of("truncated"))).contains(Exclusion.UNFIT_POSITIVE);
    }
}
