package org.tracelab.core.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tracelab.core.verify.Checks.evidence;
import static org.tracelab.core.verify.Checks.strict;
import static org.tracelab.core.verify.Checks.verdict;

import org.junit.jupiter.api.Test;

class LengthInstructionsTest {

    private static final String PARAGRAPHS = "length_constraints:number_paragraphs";
    private static final String NTH = "length_constraints:nth_paragraph_first_word";

    @Test
    void sentenceCountComparesWithRelation() {
        String lessThan = "{\"num_sentences\": 3, \"relation\": \"less than\"}";
        assertThat(strict("length_constraints:number_sentences", lessThan, "One. Two."))
                .isTrue();
        String response = "One. Two. Three. Four.";
        InstructionVerdict v = verdict("length_constraints:number_sentences", lessThan, response);
        assertThat(v.strict()).isFalse();
        assertThat(evidence(v, response)).containsExactly("Three.", "Four.");
        assertThat(strict(
                        "length_constraints:number_sentences",
                        "{\"num_sentences\": 4, \"relation\": \"at least\"}",
                        response))
                .isTrue();
    }

    @Test
    void wordsAreRunsOfWordCharacters() {
        String exactlyFour = "{\"num_words\": 4, \"relation\": \"at least\"}";
        // "don't" is two words and "3.5" is two words.
        assertThat(strict("length_constraints:number_words", exactlyFour, "don't 3.5"))
                .isTrue();
        assertThat(strict("length_constraints:number_words", exactlyFour, "do not 3"))
                .isFalse();
        String lessThan = "{\"num_words\": 3, \"relation\": \"less than\"}";
        String response = "one two three four";
        InstructionVerdict v = verdict("length_constraints:number_words", lessThan, response);
        assertThat(evidence(v, response)).containsExactly("three four");
    }

    @Test
    void paragraphsAreSeparatedByThreeAsterisks() {
        String two = "{\"num_paragraphs\": 2}";
        assertThat(strict(PARAGRAPHS, two, "First part.\n***\nSecond part.")).isTrue();
        assertThat(strict(PARAGRAPHS, two, "First part.\n\nSecond part.")).isFalse();
        // Empty parts first or last are not counted.
        assertThat(strict(PARAGRAPHS, two, "***\nFirst.\n***\nSecond.\n***")).isTrue();
    }

    @Test
    void emptyMiddleParagraphFailsAtOnce() {
        String response = "First.\n***\n \n***\nSecond.";
        InstructionVerdict v = verdict(PARAGRAPHS, "{\"num_paragraphs\": 2}", response);
        assertThat(v.strict()).isFalse();
        assertThat(v.explanation()).contains("empty");
        assertThat(evidence(v, response)).containsExactly("\n***\n \n***\n");
    }

    @Test
    void sixAsterisksMakeAnEmptyMiddleParagraph() {
        assertThat(strict(PARAGRAPHS, "{\"num_paragraphs\": 2}", "First.\n******\nSecond."))
                .isFalse();
    }

    @Test
    void nthParagraphFirstWordStripsQuotesAndPunctuation() {
        String kw = "{\"num_paragraphs\": 3, \"nth_paragraph\": 2, \"first_word\": \"Summer\"}";
        assertThat(strict(NTH, kw, "Intro.\n\n'\"Summer, they said.\n\nEnd.")).isTrue();
        assertThat(strict(NTH, kw, "Intro.\n\nWinter came.\n\nEnd.")).isFalse();
        // Four paragraphs where three are required.
        assertThat(strict(NTH, kw, "Intro.\n\nSummer came.\n\nMore.\n\nEnd.")).isFalse();
    }

    @Test
    void nthParagraphIndexesTheRawSplitIncludingEmptyParts() {
        String kw = "{\"num_paragraphs\": 2, \"nth_paragraph\": 2, \"first_word\": \"second\"}";
        // Split on \n\n gives ["First.", "", "Second."]: two non-empty paragraphs, but part 2 is empty.
        assertThat(strict(NTH, kw, "First.\n\n\n\nSecond.")).isFalse();
        assertThat(strict(NTH, kw, "First.\n\nSecond.")).isTrue();
    }

    @Test
    void nthParagraphBeyondCountFails() {
        String kw = "{\"num_paragraphs\": 1, \"nth_paragraph\": 2, \"first_word\": \"a\"}";
        assertThat(strict(NTH, kw, "A single paragraph.")).isFalse();
    }
}
