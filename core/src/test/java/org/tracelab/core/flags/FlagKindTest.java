package org.tracelab.core.flags;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tracelab.core.run.RecordedAttempt;

class FlagKindTest {

    @Test
    void whereATextCameFromIsProvenance() {
        for (String flag :
                List.of(RecordedAttempt.SHARED_FLAG, "rule_fix:drop_commas", "imported", "imported:wasmagent")) {
            assertThat(FlagKind.of(flag)).as(flag).isEqualTo(FlagKind.PROVENANCE);
        }
    }

    @Test
    void whatIsWrongWithATextIsQuality() {
        for (String flag : List.of(
                FlagNames.GAMED_KEYWORDS_TRAILER,
                FlagNames.GAMED_SHRUNK,
                FlagNames.REFUSAL,
                FlagNames.TRUNCATED,
                FlagNames.INFEASIBLE_EMPTY_RANGE)) {
            assertThat(FlagKind.of(flag)).as(flag).isEqualTo(FlagKind.QUALITY);
        }
    }

    @Test
    void anUnknownFlagCountsAsQualitySoItIsNeverWavedThrough() {
        assertThat(FlagKind.of("suspicious:something_new")).isEqualTo(FlagKind.QUALITY);
        assertThat(FlagKind.of("sharedness")).isEqualTo(FlagKind.QUALITY);
    }

    @Test
    void picksTheQualityFlagsOutOfAMixedSet() {
        assertThat(FlagKind.qualityFlags(List.of("truncated", RecordedAttempt.SHARED_FLAG, "gamed:shrunk")))
                .containsExactly("gamed:shrunk", "truncated");
        assertThat(FlagKind.anyQuality(List.of(RecordedAttempt.SHARED_FLAG, "rule_fix:lower_case")))
                .isFalse();
    }

    @Test
    void rejectsAMalformedFlag() {
        assertThatThrownBy(() -> FlagKind.of("Shared:First")).isInstanceOf(IllegalArgumentException.class);
    }
}
