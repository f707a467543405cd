package org.tracelab.core.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tracelab.core.dataset.IfevalTask;
import org.tracelab.core.model.ChatMessage;
import org.tracelab.core.trace.Strategy;
import org.tracelab.core.verify.BuiltInConstraints;
import org.tracelab.core.verify.constraint.RepairClass;

class RepairPlannerTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "change_case:english_lowercase",
                "change_case:english_capital",
                "change_case:capital_word_frequency",
                "punctuation:no_comma",
                "startend:quotation",
                "startend:end_checker",
                "detectable_content:postscript",
                "detectable_format:title",
                "detectable_format:number_highlighted_sections",
                "detectable_content:number_placeholders",
                "keywords:existence",
                "keywords:frequency",
                "keywords:forbidden_words",
                "keywords:letter_frequency",
                "detectable_format:constrained_response"
            })
    void localProblemsArePatched(String id) {
        assertThat(repairClassOf(id)).isEqualTo(RepairClass.LOCAL);
        assertThat(RepairPlanner.modelStrategyFor(List.of(repairClassOf(id)))).isEqualTo(Strategy.PATCH);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "length_constraints:number_words",
                "length_constraints:number_sentences",
                "length_constraints:number_paragraphs",
                "length_constraints:nth_paragraph_first_word",
                "detectable_format:multiple_sections",
                "detectable_format:number_bullet_lists",
                "language:response_language",
                "detectable_format:json_format",
                "combination:two_responses",
                "combination:repeat_prompt"
            })
    void structuralProblemsAreRegenerated(String id) {
        assertThat(repairClassOf(id)).isEqualTo(RepairClass.STRUCTURAL);
        assertThat(RepairPlanner.modelStrategyFor(List.of(repairClassOf(id)))).isEqualTo(Strategy.REGENERATE);
    }

    @Test
    void oneStructuralProblemMakesItARegeneration() {
        assertThat(RepairPlanner.modelStrategyFor(List.of(RepairClass.LOCAL, RepairClass.STRUCTURAL)))
                .isEqualTo(Strategy.REGENERATE);
    }

    private static RepairClass repairClassOf(String id) {
        return BuiltInConstraints.registry().find(id).orElseThrow().repairClass();
    }

    private static final IfevalTask TASK = TestTasks.task(
            7,
            "Write a note to Anna. Do not use commas. End it with \"Bye.\"",
            "punctuation:no_comma",
            "{}",
            "startend:end_checker",
            "{\"end_phrase\": \"Bye.\"}");

    private static ChainAttempt verified(IfevalTask task, String answer) {
        return new ChainAttempt(
                0,
                null,
                Strategy.DIRECT,
                answer,
                TestTasks.verifier().verify(task.instructions(), answer).instructions(),
                false);
    }

    @Test
    void aPatchShowsThePreviousAnswerAndEachViolationWithItsExplanation() {
        ChainAttempt failing = verified(TASK, "Dear Anna, see you soon.");
        NextStep step = new RepairPlanner(false).plan(TASK, failing, false);

        assertThat(step).isInstanceOf(NextStep.ModelCall.class);
        NextStep.ModelCall call = (NextStep.ModelCall) step;
        assertThat(call.strategy()).isEqualTo(Strategy.PATCH);
        assertThat(call.messages())
                .extracting(ChatMessage::role)
                .containsExactly(ChatMessage.Role.USER, ChatMessage.Role.ASSISTANT, ChatMessage.Role.USER);
        assertThat(call.messages().get(0).content()).isEqualTo(TASK.prompt());
        assertThat(call.messages().get(1).content()).isEqualTo("Dear Anna, see you soon.");
        String request = call.messages().get(2).content();
        assertThat(request)
                .contains(
                        "- Do not use any commas in your response. (found: ",
                        "- Finish your response with the exact phrase \"Bye.\"",
                        "minimally");
        assertThat(failing.verdicts()).allSatisfy(v -> assertThat(request).contains(v.explanation()));
    }

    @Test
    void aRegenerationIsAFreshAnswerToTheOriginalPromptWithFeedback() {
        IfevalTask task = TestTasks.task(
                8,
                "Describe Paris in at least 30 words.",
                "length_constraints:number_words",
                "{\"num_words\": 30, \"relation\": \"at least\"}");
        NextStep.ModelCall call =
                (NextStep.ModelCall) new RepairPlanner(false).plan(task, verified(task, "Paris is nice."), false);

        assertThat(call.strategy()).isEqualTo(Strategy.REGENERATE);
        assertThat(call.messages()).hasSize(1);
        assertThat(call.messages().get(0).content())
                .startsWith(task.prompt())
                .contains("- Your response must contain at least 30 words. (found: ")
                .doesNotContain("Paris is nice.");
    }

    @Test
    void ruleFixOnlyWhenEnabledMechanicalAndNotTriedBefore() {
        IfevalTask task = TestTasks.task(9, "Write a line without commas.", "punctuation:no_comma", "{}");
        ChainAttempt failing = verified(task, "Red, green, blue,and more");

        NextStep fixed = new RepairPlanner(true).plan(task, failing, false);
        assertThat(fixed).isEqualTo(new NextStep.RuleRewrite(0, "Red green blue and more", List.of("drop_commas")));
        assertThat(new RepairPlanner(false).plan(task, failing, false)).isInstanceOf(NextStep.ModelCall.class);
        assertThat(new RepairPlanner(true).plan(task, failing, true)).isInstanceOf(NextStep.ModelCall.class);
        ChainAttempt alsoMissingEnd = verified(TASK, "Dear Anna, see you soon.");
        assertThat(new RepairPlanner(true).plan(TASK, alsoMissingEnd, false)).isInstanceOf(NextStep.ModelCall.class);
    }

    @Test
    void ruleFixLowerCasesAndNeverCombinesBothCases() {
        assertThat(RuleFixer.fix(0, "Hello World", List.of("change_case:english_lowercase")))
                .hasValueSatisfying(r -> assertThat(r.text()).isEqualTo("hello world"));
        assertThat(RuleFixer.fix(0, "Hi", List.of("change_case:english_lowercase", "change_case:english_capital")))
                .isEmpty();
    }
}
