package org.tracelab.core.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tracelab.core.verify.ifeval.NoComma;
import org.tracelab.core.verify.ifeval.Quotation;
import org.tracelab.core.verify.ifeval.Title;

class StrictAndLooseTest {

    private final Verifier verifier = Checks.verifier(FakeTextServices.english());

    @Test
    void emptyResponseFailsEveryInstructionEvenNoComma() {
        ResponseVerdict verdict = verifier.verify(List.of(new NoComma(), new Title()), " \n\u00a0");
        assertThat(verdict.strictList()).containsExactly(false, false);
        assertThat(verdict.looseList()).containsExactly(false, false);
        assertThat(verdict.instructions().get(0).explanation()).isEqualTo("the response is empty");
    }

    @Test
    void looseAcceptsTheResponseWithoutItsFirstLine() {
        String response = "Sure, here it is:\n\"quoted answer\"";
        InstructionVerdict v = verifier.verify(List.of(new Quotation()), response)
                .instructions()
                .get(0);
        assertThat(v.strict()).isFalse();
        assertThat(v.loose()).isTrue();
        assertThat(v.looseVariant()).isEqualTo(LooseVariant.NO_FIRST_LINE);
    }

    @Test
    void looseAcceptsTheResponseWithoutAsterisks() {
        InstructionVerdict v = verifier.verify(List.of(new Quotation()), "**\"bold quote\"**")
                .instructions()
                .get(0);
        assertThat(v.strict()).isFalse();
        assertThat(v.looseVariant()).isEqualTo(LooseVariant.NO_ASTERISKS);
    }

    @Test
    void strictPassIsALoosePass() {
        InstructionVerdict v = verifier.verify(List.of(new NoComma()), "no commas here")
                .instructions()
                .get(0);
        assertThat(v.strict()).isTrue();
        assertThat(v.loose()).isTrue();
        assertThat(v.looseVariant()).isEqualTo(LooseVariant.AS_GIVEN);
    }

    @Test
    void eachInstructionPicksItsOwnLooseVariant() {
        String response = "Intro, with a comma\n\"body\"\nOutro, with a comma";
        ResponseVerdict verdict = verifier.verify(List.of(new NoComma(), new Quotation()), response);
        assertThat(verdict.looseList()).containsExactly(true, true);
        assertThat(verdict.instructions().get(0).looseVariant()).isEqualTo(LooseVariant.NO_FIRST_AND_LAST_LINE);
        assertThat(verdict.followsAllStrict()).isFalse();
        assertThat(verdict.followsAllLoose()).isTrue();
    }

    @Test
    void looseVariantsFollowTheOfficialOrder() {
        String[] texts = LooseVariant.textsOf("a*\nb*\nc*");
        assertThat(texts).containsExactly("a*\nb*\nc*", "a\nb\nc", "b*\nc*", "a*\nb*", "b*", "b\nc", "a\nb", "b");
        assertThat(LooseVariant.textsOf("single")).containsExactly("single", "single", "", "", "", "", "", "");
    }
}
