package org.tracelab.core.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tracelab.core.verify.InstructionVerdict;
import org.tracelab.core.verify.LooseVariant;

class VerdictChangesTest {

    @Test
    void namesEachMoveOfStrictAndLooseSeparately() {
        List<InstructionVerdict> before = List.of(
                verdict(0, "punctuation:no_comma", false, false),
                verdict(1, "change_case:english_lowercase", true, true),
                verdict(2, "detectable_format:title", false, true),
                verdict(3, "startend:quotation", true, true));
        List<InstructionVerdict> after = List.of(
                verdict(0, "punctuation:no_comma", true, true),
                verdict(1, "change_case:english_lowercase", false, false),
                verdict(2, "detectable_format:title", false, true),
                verdict(3, "startend:quotation", true, true));

        assertThat(VerdictChanges.between(before, after))
                .containsExactly(
                        new InstructionChange(0, "punctuation:no_comma", VerdictChange.FIXED, VerdictChange.FIXED),
                        new InstructionChange(
                                1, "change_case:english_lowercase", VerdictChange.BROKEN, VerdictChange.BROKEN),
                        new InstructionChange(
                                2,
                                "detectable_format:title",
                                VerdictChange.UNCHANGED_FAIL,
                                VerdictChange.UNCHANGED_PASS),
                        new InstructionChange(
                                3, "startend:quotation", VerdictChange.UNCHANGED_PASS, VerdictChange.UNCHANGED_PASS));
    }

    @Test
    void strictCanBeFixedWhileLooseWasAlreadyFollowed() {
        List<InstructionChange> changes = VerdictChanges.between(
                List.of(verdict(0, "detectable_format:title", false, true)),
                List.of(verdict(0, "detectable_format:title", true, true)));

        assertThat(changes).singleElement().satisfies(change -> {
            assertThat(change.strict()).isEqualTo(VerdictChange.FIXED);
            assertThat(change.loose()).isEqualTo(VerdictChange.UNCHANGED_PASS);
        });
    }

    @Test
    void swappingTheSidesSwapsFixedAndBroken() {
        List<InstructionVerdict> failing = List.of(verdict(0, "punctuation:no_comma", false, false));
        List<InstructionVerdict> passing = List.of(verdict(0, "punctuation:no_comma", true, true));

        assertThat(VerdictChanges.between(failing, passing).get(0).strict()).isEqualTo(VerdictChange.FIXED);
        assertThat(VerdictChanges.between(passing, failing).get(0).strict()).isEqualTo(VerdictChange.BROKEN);
    }

    @Test
    void anUnverifiedSideGivesNothingToCompare() {
        assertThat(VerdictChanges.between(List.of(), List.of(verdict(0, "punctuation:no_comma", true, true))))
                .isEmpty();
        assertThat(VerdictChanges.between(List.of(verdict(0, "punctuation:no_comma", true, true)), List.of()))
                .isEmpty();
    }

    @Test
    void verdictsOfDifferentTasksAreRefused() {
        assertThatThrownBy(() -> VerdictChanges.between(
                        List.of(verdict(0, "punctuation:no_comma", true, true)),
                        List.of(verdict(0, "startend:quotation", true, true))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("instruction 0 is punctuation:no_comma on the left but startend:quotation");
        assertThatThrownBy(() -> VerdictChanges.between(
                        List.of(verdict(0, "punctuation:no_comma", true, true)),
                        List.of(
                                verdict(0, "punctuation:no_comma", true, true),
                                verdict(1, "startend:quotation", true, true))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1 instructions, the right one 2");
    }

    @Test
    void labelsReadAsWords() {
        assertThat(VerdictChange.UNCHANGED_FAIL.label()).isEqualTo("unchanged fail");
        assertThat(VerdictChange.FIXED.label()).isEqualTo("fixed");
    }

    private static InstructionVerdict verdict(int index, String id, boolean strict, boolean loose) {
        return new InstructionVerdict(
                index, id, strict, loose, loose ? LooseVariant.values()[0] : null, List.of(), strict ? "" : "broken");
    }
}
