package org.tracelab.core.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tracelab.core.verify.Checks.evidence;
import static org.tracelab.core.verify.Checks.strict;
import static org.tracelab.core.verify.Checks.verdict;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tracelab.core.verify.text.Span;

class CaseAndStartEndInstructionsTest {

    @Test
    void rejectsResponseWithCommaAndPointsAtEachComma() {
        String response = "Yes, sure, fine";
        InstructionVerdict v = verdict("punctuation:no_comma", "{}", response);
        assertThat(v.strict()).isFalse();
        assertThat(v.evidence()).containsExactly(new Span(3, 4), new Span(9, 10));
        assertThat(v.explanation()).isEqualTo("found 2 commas; the instruction forbids any");
    }

    @Test
    void capitalLettersNeedEnglishAndNoLowerCase() {
        assertThat(strict("change_case:english_capital", "{}", "HELLO WORLD 123"))
                .isTrue();
        String response = "HELLO World";
        InstructionVerdict v = verdict("change_case:english_capital", "{}", response);
        assertThat(evidence(v, response)).containsExactly("orld");
        assertThat(strict("change_case:english_capital", "{}", "123 !!")).isFalse();
        Verifier german = Checks.verifier(FakeTextServices.withLanguage(t -> Optional.of("de")));
        assertThat(Checks.verdict(german, "change_case:english_capital", "{}", "HALLO")
                        .strict())
                .isFalse();
        Verifier unknown = Checks.verifier(FakeTextServices.withLanguage(t -> Optional.empty()));
        assertThat(Checks.verdict(unknown, "change_case:english_capital", "{}", "HALLO")
                        .strict())
                .isTrue();
    }

    @Test
    void lowerCaseRejectsTitleCaseCharacters() {
        assertThat(strict("change_case:english_lowercase", "{}", "hello world")).isTrue();
        // U+01C5 is a title-case letter: neither islower nor isupper accept it.
        assertThat(strict("change_case:english_lowercase", "{}", "hello \u01C5"))
                .isFalse();
        assertThat(strict("change_case:english_lowercase", "{}", "hello World")).isFalse();
    }

    @Test
    void capitalWordsAreCountedFromTokens() {
        String kw = "{\"capital_frequency\": 2, \"capital_relation\": \"less than\"}";
        String response = "I saw the USA and NASA today";
        InstructionVerdict v = verdict("change_case:capital_word_frequency", kw, response);
        assertThat(v.strict()).isFalse();
        assertThat(evidence(v, response)).containsExactly("I", "USA", "NASA");
    }

    @Test
    void endPhraseIgnoresCaseAndSurroundingQuotes() {
        String kw = "{\"end_phrase\": \"Is there anything else I can help with?\"}";
        assertThat(strict("startend:end_checker", kw, "Text.\n\"is there anything else i can help with?\"\n"))
                .isTrue();
        String response = "Text. Bye.";
        InstructionVerdict v = verdict("startend:end_checker", kw, response);
        assertThat(v.strict()).isFalse();
        assertThat(evidence(v, response)).containsExactly("Text. Bye.");
    }

    @Test
    void repeatPromptComparesStrippedLowerCase() {
        String kw = "{\"prompt_to_repeat\": \"Write a poem.\"}";
        assertThat(strict("combination:repeat_prompt", kw, "  WRITE A POEM. Roses are red."))
                .isTrue();
        String response = "Write a song.";
        InstructionVerdict v = verdict("combination:repeat_prompt", kw, response);
        assertThat(v.strict()).isFalse();
        assertThat(v.evidence()).containsExactly(new Span(8, 9));
    }

    @Test
    void quotationNeedsDoubleQuotesAroundTheStrippedText() {
        assertThat(strict("startend:quotation", "{}", "  \"quoted\"\n")).isTrue();
        assertThat(strict("startend:quotation", "{}", "\"")).isFalse();
        assertThat(strict("startend:quotation", "{}", "\"\"")).isTrue();
        assertThat(strict("startend:quotation", "{}", "'single'")).isFalse();
    }

    @Test
    void stripRemovesNoBreakSpaceLikePython() {
        assertThat(strict("startend:quotation", "{}", "\u00a0\"quoted\"\u00a0")).isTrue();
    }
}
