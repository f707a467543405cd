package org.tracelab.core.verify.constraint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The registry's contract, on two small illustrative types written for this test. */
class ConstraintRegistryTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** An illustrative instruction: the text must have at least {@code min} characters. */
    private record MinLength(int min, boolean strip) implements Instruction {

        @Override
        public String id() {
            return "test:min_length";
        }

        @Override
        public CheckResult check(AnalyzedText text) {
            int n = (strip ? text.stripped() : text.text()).length();
            return n >= min ? CheckResult.pass(n + " characters") : CheckResult.fail(n + " characters");
        }

        @Override
        public String restatement() {
            return "Write at least " + min + " characters.";
        }
    }

    private static final ConstraintType MIN_LENGTH = ConstraintDefinition.builder(
                    "test:min_length", ConstraintFamily.CUSTOM, "Minimum length", RepairClass.STRUCTURAL)
            .kwargs(
                    KwargSpec.required("min", KwargKind.INTEGER, "1 or more"),
                    KwargSpec.optional("strip", KwargKind.BOOLEAN, "ignore surrounding spaces (default false)"))
            .create(k -> {
                int min = k.integer("min");
                if (min < 1) {
                    throw k.problem("min", "must be 1 or more, got " + min);
                }
                return new MinLength(min, k.bool("strip", false));
            })
            .build();

    private static final ConstraintType OTHER = ConstraintDefinition.builder(
                    "test:other", ConstraintFamily.CUSTOM, "Other", RepairClass.LOCAL)
            .create(k -> new Instruction() {
                @Override
                public String id() {
                    return "test:other";
                }

                @Override
                public CheckResult check(AnalyzedText text) {
                    return CheckResult.pass("always");
                }

                @Override
                public String restatement() {
                    return "Anything.";
                }
            })
            .build();

    private final ConstraintRegistry registry = ConstraintRegistry.builder()
            .register(MIN_LENGTH)
            .register(OTHER)
            .conflict("test:min_length", "test:other", "illustrative conflict")
            .build();

    @Test
    void buildsAnInstructionFromValidatedKwargs() throws Exception {
        assertThat(registry.create("test:min_length", JSON.readTree("{\"min\": 5, \"strip\": true, \"x\": null}")))
                .isEqualTo(new MinLength(5, true));
        assertThat(registry.create("test:min_length", JSON.readTree("{\"min\": 5}")))
                .isEqualTo(new MinLength(5, false));
    }

    @Test
    void rejectsBadKwargsNamingTheField() {
        assertThatThrownBy(() -> registry.create("test:min_length", JSON.readTree("{\"min\": 5.5}")))
                .isInstanceOfSatisfying(InvalidInstructionException.class, e -> {
                    assertThat(e.field()).isEqualTo("kwargs.min");
                    assertThat(e.getMessage()).isEqualTo("must be an integer, got number 5.5");
                });
        assertThatThrownBy(() -> registry.create("test:min_length", JSON.readTree("{\"min\": 0}")))
                .hasMessage("must be 1 or more, got 0");
        assertThatThrownBy(() -> registry.create("test:min_length", JSON.readTree("{\"min\": 1, \"max\": 2}")))
                .isInstanceOfSatisfying(InvalidInstructionException.class, e -> {
                    assertThat(e.field()).isEqualTo("kwargs.max");
                    assertThat(e.getMessage()).isEqualTo("unexpected kwarg for test:min_length (it takes min, strip)");
                });
        assertThatThrownBy(() -> registry.create("test:min_length", JSON.readTree("[1]")))
                .isInstanceOfSatisfying(
                        InvalidInstructionException.class,
                        e -> assertThat(e.field()).isEqualTo("kwargs"));
    }

    @Test
    void rejectsAnUnknownIdNamingTheNearestKnownOnes() {
        assertThatThrownBy(() -> registry.create("test:min_lenght", null))
                .isInstanceOfSatisfying(InvalidInstructionException.class, e -> {
                    assertThat(e.field()).isEqualTo("instruction_id_list");
                    assertThat(e.getMessage())
                            .isEqualTo(
                                    "unknown instruction id \"test:min_lenght\"; the nearest known are test:min_length or test:other");
                });
        assertThat(NearestNames.of("no_comma", List.of("punctuation:no_comma", "keywords:existence"), 1))
                .containsExactly("punctuation:no_comma");
    }

    @Test
    void refusesDuplicateIdsAndConflictsWithUnknownIds() {
        assertThatThrownBy(() -> ConstraintRegistry.builder().register(OTHER).register(OTHER))
                .hasMessage("constraint type test:other registered twice");
        assertThatThrownBy(() -> ConstraintRegistry.builder()
                        .register(OTHER)
                        .conflict("test:other", "test:x", "why")
                        .build())
                .hasMessageContaining("names test:x, which is not registered");
    }

    @Test
    void findsDeclaredConflictsInEitherOrderAndAnIdWithItself() {
        assertThat(registry.conflictBetween("test:other", "test:min_length"))
                .hasValueSatisfying(c -> assertThat(c.reason()).isEqualTo("illustrative conflict"));
        assertThat(registry.conflictBetween("test:other", "test:other")).isPresent();
        assertThat(ConstraintRegistry.builder()
                        .register(OTHER)
                        .register(MIN_LENGTH)
                        .build()
                        .conflictBetween("test:other", "test:min_length"))
                .isEmpty();
    }

    @Test
    void listsIdsSortedAndByFamily() {
        assertThat(registry.ids()).containsExactly("test:min_length", "test:other");
        assertThat(registry.ids(ConstraintFamily.CUSTOM)).hasSize(2);
        assertThat(registry.ids(ConstraintFamily.IFEVAL)).isEmpty();
        assertThat(registry.find("test:other")).containsSame(OTHER);
    }
}
