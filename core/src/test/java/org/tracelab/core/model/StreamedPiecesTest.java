package org.tracelab.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What streamed pieces tell for certain about a generation's tokens, and what they leave unknown. */
class StreamedPiecesTest {

    private static final int CONTEXT = 4096;

    @Test
    void asManyPiecesAsTheLimitAreExactlyTheLimitAndALengthStop() {
        StreamedPieces cut = new StreamedPieces("a".repeat(64), 64, false);

        assertThat(cut.completionTokens(64)).isEqualTo(64);
        assertThat(cut.finishReason(64, 20, CONTEXT)).isEqualTo(FinishReason.LENGTH);
    }

    @Test
    void tokensThatRenderAsNothingUpToTheLimitAreNotAStop() {
        // The campaign's model that emitted non-rendering tokens until the limit was recorded "stop" before.
        StreamedPieces silent = new StreamedPieces("", 64, true);

        assertThat(silent.completionTokens(64)).isEqualTo(64);
        assertThat(silent.finishReason(64, 20, CONTEXT))
                .as("the last empty piece may be the end token")
                .isEqualTo(FinishReason.UNKNOWN);
    }

    @Test
    void anAnswerThatCannotHaveReachedTheLimitStoppedByItselfWithAnUnknownCount() {
        StreamedPieces ended = new StreamedPieces("Hello there.", 4, true);

        assertThat(ended.hiddenAtMost()).isEqualTo(3);
        assertThat(ended.finishReason(64, 20, CONTEXT)).isEqualTo(FinishReason.STOP);
        assertThat(ended.completionTokens(64))
                .as("held-back tokens at the end cannot be ruled out")
                .isNull();
    }

    @Test
    void charactersThatMayHideTokensNearTheLimitLeaveTheReasonUnknown() {
        // 60 pieces and 2 non-ASCII characters: up to 9 tokens may have been held back, so 64 may have been reached.
        StreamedPieces near = new StreamedPieces("caf\u00e9 \u2014 " + "x".repeat(50), 60, false);

        assertThat(near.hiddenAtMost()).isEqualTo(9);
        assertThat(near.finishReason(64, 20, CONTEXT)).isEqualTo(FinishReason.UNKNOWN);
        assertThat(near.completionTokens(64)).isNull();
        assertThat(near.finishReason(70, 20, CONTEXT)).isEqualTo(FinishReason.STOP);
    }

    @Test
    void aGenerationThatMayHaveFilledTheContextIsNotCalledAStop() {
        StreamedPieces full = new StreamedPieces("x".repeat(100), 100, false);

        assertThat(full.finishReason(1280, 100, 200)).isEqualTo(FinishReason.UNKNOWN);
        assertThat(full.finishReason(1280, 100, 4096)).isEqualTo(FinishReason.STOP);
    }

    @Test
    void withoutALimitOnlyTheContextBounds() {
        assertThat(new StreamedPieces("ok", 2, false).finishReason(null, 10, CONTEXT))
                .isEqualTo(FinishReason.STOP);
        assertThat(new StreamedPieces("ok", 2, false).completionTokens(null)).isNull();
    }
}
