package org.tracelab.core.run;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tracelab.core.dataset.IfevalTask;

class InstructionRestaterTest {

    @Test
    void restatesEachInstructionFromItsArguments() {
        IfevalTask task = TestTasks.task(
                1,
                "Write about rain.",
                "length_constraints:number_words",
                "{\"num_words\": 120, \"relation\": \"less than\"}",
                "keywords:forbidden_words",
                "{\"forbidden_words\": [\"wet\", \"cloud\"]}",
                "startend:end_checker",
                "{\"end_phrase\": \"Any other questions?\"}",
                "language:response_language",
                "{\"language\": \"de\"}");
        assertThat(task.instructions())
                .extracting(InstructionRestater::restate)
                .containsExactly(
                        "Your response must contain fewer than 120 words.",
                        "Do not use any of these words: \"wet\", \"cloud\".",
                        "Finish your response with the exact phrase \"Any other questions?\"; nothing may follow it.",
                        "Your entire response must be in German, with no other language.");
    }

    @Test
    void rephrasedPromptKeepsTheOriginalAndGivesNoFeedback() {
        IfevalTask task = TestTasks.task(
                2,
                "Write a haiku.",
                "punctuation:no_comma",
                "{}",
                "length_constraints:number_sentences",
                "{\"num_sentences\": 3, \"relation\": \"at least\"}");
        assertThat(InstructionRestater.rephrasedPrompt(task)).isEqualTo("""
                Write a haiku.

                Follow every one of these requirements exactly:
                - Do not use any commas in your response.
                - Your response must contain at least 3 sentences.""");
    }

    @Test
    void everySupportedInstructionHasARestatement() {
        IfevalTask task = TestTasks.task(
                3,
                "p",
                "keywords:existence",
                "{\"keywords\": [\"a\"]}",
                "keywords:frequency",
                "{\"keyword\": \"a\", \"frequency\": 2, \"relation\": \"at least\"}",
                "keywords:forbidden_words",
                "{\"forbidden_words\": [\"a\"]}",
                "keywords:letter_frequency",
                "{\"letter\": \"a\", \"let_frequency\": 2, \"let_relation\": \"less than\"}",
                "language:response_language",
                "{\"language\": \"fr\"}",
                "length_constraints:number_sentences",
                "{\"num_sentences\": 2, \"relation\": \"less than\"}",
                "length_constraints:number_paragraphs",
                "{\"num_paragraphs\": 2}",
                "length_constraints:number_words",
                "{\"num_words\": 2, \"relation\": \"at least\"}",
                "length_constraints:nth_paragraph_first_word",
                "{\"num_paragraphs\": 2, \"nth_paragraph\": 1, \"first_word\": \"so\"}",
                "detectable_content:number_placeholders",
                "{\"num_placeholders\": 2}",
                "detectable_content:postscript",
                "{\"postscript_marker\": \"P.S.\"}",
                "detectable_format:number_bullet_lists",
                "{\"num_bullets\": 2}",
                "detectable_format:constrained_response",
                "{}",
                "detectable_format:number_highlighted_sections",
                "{\"num_highlights\": 2}",
                "detectable_format:multiple_sections",
                "{\"section_spliter\": \"Section\", \"num_sections\": 2}",
                "detectable_format:json_format",
                "{}",
                "detectable_format:title",
                "{}",
                "combination:two_responses",
                "{}",
                "combination:repeat_prompt",
                "{\"prompt_to_repeat\": \"Say hi.\"}",
                "startend:end_checker",
                "{\"end_phrase\": \"Bye.\"}",
                "change_case:capital_word_frequency",
                "{\"capital_frequency\": 2, \"capital_relation\": \"at least\"}",
                "change_case:english_capital",
                "{}",
                "change_case:english_lowercase",
                "{}",
                "punctuation:no_comma",
                "{}",
                "startend:quotation",
                "{}");
        assertThat(task.instructions()).hasSize(25);
        assertThat(task.instructions())
                .extracting(InstructionRestater::restate)
                .allSatisfy(sentence -> assertThat(sentence).isNotBlank().doesNotContain("\n"))
                .doesNotHaveDuplicates();
    }
}
