package org.tracelab.core.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.tracelab.core.verify.instruction.InstructionFactory;
import org.tracelab.core.verify.instruction.InvalidInstructionException;
import org.tracelab.core.verify.instruction.NumberWords;
import org.tracelab.core.verify.instruction.Relation;

class InstructionFactoryTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void supportsAllTwentyFiveIds() {
        assertThat(InstructionFactory.supportedIds()).hasSize(25);
    }

    @Test
    void dropsNullKwargsAsTheHuggingFaceCopyWritesThem() throws Exception {
        var instruction = InstructionFactory.create("length_constraints:number_words",
                JSON.readTree("{\"num_words\": 300, \"relation\": \"at least\", \"keywords\": null}"));
        assertThat(instruction).isEqualTo(new NumberWords(300, Relation.AT_LEAST));
    }

    @Test
    void rejectsUnknownId() {
        assertThatThrownBy(() -> InstructionFactory.create("punctuation:no_semicolon", null))
                .isInstanceOf(InvalidInstructionException.class)
                .hasMessageContaining("unknown instruction id");
    }

    @Test
    void rejectsUnknownRelationNamingTheKwarg() {
        assertThatThrownBy(() -> InstructionFactory.create("length_constraints:number_words",
                JSON.readTree("{\"num_words\": 3, \"relation\": \"at most\"}")))
                .isInstanceOfSatisfying(InvalidInstructionException.class, e -> {
                    assertThat(e.field()).isEqualTo("kwargs.relation");
                    assertThat(e.getMessage()).contains("unknown relation \"at most\"");
                });
    }

    @Test
    void rejectsWrongKwargType() {
        assertThatThrownBy(() -> InstructionFactory.create("length_constraints:number_words",
                JSON.readTree("{\"num_words\": \"3\", \"relation\": \"at least\"}")))
                .isInstanceOfSatisfying(InvalidInstructionException.class,
                        e -> assertThat(e.field()).isEqualTo("kwargs.num_words"));
    }

    @Test
    void rejectsMissingAndUnexpectedKwargs() {
        assertThatThrownBy(() -> InstructionFactory.create("keywords:existence", JSON.readTree("{}")))
                .hasMessageContaining("missing");
        assertThatThrownBy(() -> InstructionFactory.create("punctuation:no_comma", JSON.readTree("{\"x\": 1}")))
                .hasMessageContaining("unexpected kwarg");
    }
}
