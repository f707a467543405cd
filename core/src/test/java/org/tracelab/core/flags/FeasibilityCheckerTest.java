package org.tracelab.core.flags;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tracelab.core.run.TestTasks;

class FeasibilityCheckerTest {

    private final FeasibilityChecker checker = new FeasibilityChecker(1280);

    @Test
    void wordsBeyondMaxTokensAtAnOptimisticRatio() {
        assertThat(checker.maxWords()).isEqualTo(960);
        assertThat(checker.check(TestTasks.task(
                        1,
                        "p",
                        "length_constraints:number_words",
                        "{\"num_words\": 1200, \"relation\": \"at least\"}")))
                .containsExactly(FlagNames.INFEASIBLE_LENGTH_VS_MAX_TOKENS);
        assertThat(checker.check(TestTasks.task(
                        2, "p", "length_constraints:number_words", "{\"num_words\": 800, \"relation\": \"at least\"}")))
                .isEmpty();
        assertThat(checker.check(TestTasks.task(
                        3,
                        "p",
                        "length_constraints:number_words",
                        "{\"num_words\": 5000, \"relation\": \"less than\"}")))
                .isEmpty();
        assertThat(new FeasibilityChecker(64)
                        .check(TestTasks.task(
                                4,
                                "p",
                                "length_constraints:number_sentences",
                                "{\"num_sentences\": 40, \"relation\": \"at least\"}")))
                .containsExactly(FlagNames.INFEASIBLE_LENGTH_VS_MAX_TOKENS);
    }

    @Test
    void aForbiddenWordInsideTheTextToRepeat() {
        assertThat(checker.check(TestTasks.task(
                        5,
                        "p",
                        "combination:repeat_prompt",
                        "{\"prompt_to_repeat\": \"Write a story about a dog and a cat.\"}",
                        "keywords:forbidden_words",
                        "{\"forbidden_words\": [\"Dog\"]}")))
                .containsExactly(FlagNames.INFEASIBLE_FORBIDDEN_WORD_IN_REPEAT);
        // The last word could still be glued to a following letter ("cats"), so it is not a certain clash.
        assertThat(checker.check(TestTasks.task(
                        6,
                        "p",
                        "combination:repeat_prompt",
                        "{\"prompt_to_repeat\": \"Write about a cat\"}",
                        "keywords:forbidden_words",
                        "{\"forbidden_words\": [\"cat\"]}")))
                .isEmpty();
    }

    @Test
    void contradictoryCaseCommaAndRangeInstructions() {
        assertThat(checker.check(TestTasks.task(
                        7, "p", "change_case:english_capital", "{}", "change_case:english_lowercase", "{}")))
                .containsExactly(FlagNames.INFEASIBLE_CASE_CONTRADICTION);
        assertThat(checker.check(TestTasks.task(
                        8,
                        "p",
                        "punctuation:no_comma",
                        "{}",
                        "combination:repeat_prompt",
                        "{\"prompt_to_repeat\": \"Hello, world.\"}")))
                .containsExactly(FlagNames.INFEASIBLE_COMMA_IN_REPEAT);
        assertThat(checker.check(TestTasks.task(
                        9,
                        "p",
                        "length_constraints:number_words",
                        "{\"num_words\": 600, \"relation\": \"at least\"}",
                        "length_constraints:number_words",
                        "{\"num_words\": 500, \"relation\": \"less than\"}")))
                .containsExactly(FlagNames.INFEASIBLE_EMPTY_RANGE);
        assertThat(checker.check(TestTasks.task(
                        10,
                        "p",
                        "length_constraints:number_words",
                        "{\"num_words\": 600, \"relation\": \"at least\"}",
                        "length_constraints:number_words",
                        "{\"num_words\": 701, \"relation\": \"less than\"}")))
                .isEmpty();
        assertThat(checker.check(TestTasks.task(
                        11,
                        "p",
                        "keywords:forbidden_words",
                        "{\"forbidden_words\": [\"thanks\"]}",
                        "startend:end_checker",
                        "{\"end_phrase\": \"Many thanks for reading.\"}")))
                .containsExactly(FlagNames.INFEASIBLE_FORBIDDEN_WORD_IN_END_PHRASE);
    }
}
