package org.tracelab.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReasoningFilterTest {

    private final ReasoningFilter filter = ReasoningFilter.enabled();

    @Test
    void removesAClosedThinkBlock() {
        assertThat(filter.answerOf("<think>\nThe user wants a haiku.\n</think>\n\nCold rain on the roof"))
                .isEqualTo("Cold rain on the roof");
    }

    @Test
    void removesSeveralBlocksAndKeepsTheTextBetweenThem() {
        assertThat(filter.answerOf("<think>a</think>First. <THINK>b\nc</THINK>Second."))
                .isEqualTo("First. Second.");
    }

    @Test
    void anUnterminatedLeadingBlockLeavesNoAnswer() {
        assertThat(filter.answerOf("<think>I should count the words first, then"))
                .isEmpty();
    }

    @Test
    void aClosingTagWithoutOpeningOneDropsEverythingBeforeIt() {
        assertThat(filter.answerOf("Okay, the template opened the block.\n</think>\nAnswer here."))
                .isEqualTo("Answer here.");
    }

    @Test
    void textWithoutReasoningIsUntouched() {
        String raw = "  Plain answer, with spacing kept.  \n";
        assertThat(filter.answerOf(raw)).isSameAs(raw);
        assertThat(ReasoningFilter.hasReasoning(raw)).isFalse();
    }

    @Test
    void disabledFilterKeepsEverything() {
        String raw = "<think>x</think>Answer";
        assertThat(ReasoningFilter.disabled().answerOf(raw)).isEqualTo(raw);
        assertThat(ReasoningFilter.hasReasoning(raw)).isTrue();
    }
}
