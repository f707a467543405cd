package org.tracelab.core.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.tracelab.core.verify.constraint.ConstraintFamily;
import org.tracelab.core.verify.constraint.ConstraintRegistry;
import org.tracelab.core.verify.constraint.InvalidInstructionException;
import org.tracelab.core.verify.constraint.Relation;
import org.tracelab.core.verify.ifeval.NumberWords;

/** The built-in registry builds IFEval instructions as the official checker's inputs require. */
class BuiltInRegistryTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final ConstraintRegistry registry = BuiltInConstraints.registry();

    @Test
    void hasAllTwentyFiveIfevalIds() {
        assertThat(registry.ids(ConstraintFamily.IFEVAL))
                .hasSize(25)
                .contains("punctuation:no_comma", "combination:repeat_prompt", "detectable_format:json_format");
    }

    @Test
    void dropsNullKwargsAsTheHuggingFaceCopyWritesThem() throws Exception {
        var instruction = registry.create(
                "length_constraints:number_words",
                JSON.readTree("{\"num_words\": 300, \"relation\": \"at least\", \"keywords\": null}"));
        assertThat(instruction).isEqualTo(new NumberWords(300, Relation.AT_LEAST));
    }

    @Test
    void rejectsUnknownIdNamingTheNearestKnownOnes() {
        assertThatThrownBy(() -> registry.create("punctuation:no_comas", null))
                .isInstanceOfSatisfying(InvalidInstructionException.class, e -> {
                    assertThat(e.field()).isEqualTo("instruction_id_list");
                    assertThat(e.getMessage())
                            .startsWith("unknown instruction id \"punctuation:no_comas\"; "
                                    + "the nearest known are punctuation:no_comma, ");
                });
    }

    @Test
    void rejectsUnknownRelationNamingTheKwarg() {
        assertThatThrownBy(() -> registry.create(
                        "length_constraints:number_words",
                        JSON.readTree("{\"num_words\": 3, \"relation\": \"at most\"}")))
                .isInstanceOfSatisfying(InvalidInstructionException.class, e -> {
                    assertThat(e.field()).isEqualTo("kwargs.relation");
                    assertThat(e.getMessage()).contains("unknown relation \"at most\"");
                });
    }

    @Test
    void rejectsWrongKwargType() {
        assertThatThrownBy(() -> registry.create(
                        "length_constraints:number_words",
                        JSON.readTree("{\"num_words\": \"3\", \"relation\": \"at least\"}")))
                .isInstanceOfSatisfying(InvalidInstructionException.class, e -> {
                    assertThat(e.field()).isEqualTo("kwargs.num_words");
                    assertThat(e.getMessage()).isEqualTo("must be an integer, got string \"3\"");
                });
    }

    @Test
    void rejectsMissingAndUnexpectedKwargs() {
        assertThatThrownBy(() -> registry.create("keywords:existence", JSON.readTree("{}")))
                .hasMessage("missing, required by keywords:existence");
        assertThatThrownBy(() -> registry.create("punctuation:no_comma", JSON.readTree("{\"x\": 1}")))
                .hasMessage("unexpected kwarg for punctuation:no_comma (it takes none)");
    }

    @Test
    void rejectsAnInvalidKeywordPatternAsAKwargProblem() {
        assertThatThrownBy(() -> registry.create("keywords:existence", JSON.readTree("{\"keywords\": [\"a(b\"]}")))
                .isInstanceOfSatisfying(InvalidInstructionException.class, e -> {
                    assertThat(e.field()).isEqualTo("kwargs");
                    assertThat(e.getMessage()).contains("\"a(b\" is not a valid pattern for keywords:existence");
                });
    }

    @Test
    void everyIfevalTypeHasADisplayNameAndASampler() {
        registry.types().stream()
                .filter(t -> t.family() == ConstraintFamily.IFEVAL)
                .forEach(type -> {
                    assertThat(type.displayName()).as(type.id()).isNotBlank().isNotEqualTo(type.id());
                    assertThat(type.sampler()).as(type.id()).isPresent();
                });
    }
}
