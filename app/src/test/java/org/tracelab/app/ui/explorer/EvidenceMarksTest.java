package org.tracelab.app.ui.explorer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tracelab.core.verify.InstructionVerdict;
import org.tracelab.core.verify.text.Span;

class EvidenceMarksTest {

    private static InstructionVerdict broken(String id, String why, Span... spans) {
        return new InstructionVerdict(0, id, false, false, null, List.of(spans), why);
    }

    @Test
    void overlappingSpansOfTwoInstructionsSplitIntoMarksCarryingBothExplanations() {
        List<EvidenceMark> marks = EvidenceMarks.of(
                20,
                List.of(
                        broken("a", "too long", new Span(2, 8)),
                        broken("b", "has a comma", new Span(5, 6), new Span(12, 13))));

        assertThat(marks)
                .containsExactly(
                        new EvidenceMark(2, 5, List.of("a: too long")),
                        new EvidenceMark(5, 6, List.of("a: too long", "b: has a comma")),
                        new EvidenceMark(6, 8, List.of("a: too long")),
                        new EvidenceMark(12, 13, List.of("b: has a comma")));
    }

    @Test
    void adjacentSpansOfOneInstructionMergeAndSpansPastTheEndAreCut() {
        List<EvidenceMark> marks = EvidenceMarks.of(
                10, List.of(broken("a", "x", new Span(1, 3), new Span(3, 4), new Span(8, 40), new Span(30, 35))));

        assertThat(marks)
                .containsExactly(new EvidenceMark(1, 4, List.of("a: x")), new EvidenceMark(8, 10, List.of("a: x")));
    }

    @Test
    void followedInstructionsAndEmptySpansMarkNothing() {
        InstructionVerdict followed = new InstructionVerdict(0, "a", true, true, null, List.of(), "fine");
        assertThat(EvidenceMarks.of(10, List.of(followed, broken("b", "y", new Span(4, 4)))))
                .isEmpty();
    }
}
