package org.tracelab.core.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tracelab.core.verify.Checks.evidence;
import static org.tracelab.core.verify.Checks.strict;
import static org.tracelab.core.verify.Checks.verdict;

import org.junit.jupiter.api.Test;
import org.tracelab.core.verify.text.Span;

class KeywordInstructionsTest {

    @Test
    void existenceFindsKeywordsAsCaseInsensitiveSubstrings() {
        String kw = "{\"keywords\": [\"meal\", \"Budget\"]}";
        assertThat(strict("keywords:existence", kw, "Plan your MEALS on a budget."))
                .isTrue();
        InstructionVerdict missing = verdict("keywords:existence", kw, "Plan your meals.");
        assertThat(missing.strict()).isFalse();
        assertThat(missing.explanation()).contains("\"Budget\"");
    }

    @Test
    void frequencyCountsNonOverlappingSubstringMatches() {
        String atLeast = "{\"keyword\": \" war \", \"frequency\": 2, \"relation\": \"at least\"}";
        assertThat(strict("keywords:frequency", atLeast, "War and warfare.")).isTrue();
        assertThat(strict("keywords:frequency", atLeast, "Peace and war.")).isFalse();
        String lessThan = "{\"keyword\": \"aa\", \"frequency\": 2, \"relation\": \"less than\"}";
        // "aaaa" holds two non-overlapping matches, not three overlapping ones.
        InstructionVerdict v = verdict("keywords:frequency", lessThan, "aaaa");
        assertThat(v.strict()).isFalse();
        assertThat(v.evidence()).containsExactly(new Span(0, 2), new Span(2, 4));
        assertThat(strict("keywords:frequency", lessThan, "aaa")).isTrue();
    }

    @Test
    void forbiddenWordsMatchWholeWordsIgnoringCase() {
        String kw = "{\"forbidden_words\": [\"bad\", \"evil\"]}";
        String response = "Badly done, but not BAD at all.";
        InstructionVerdict v = verdict("keywords:forbidden_words", kw, response);
        assertThat(v.strict()).isFalse();
        assertThat(evidence(v, response)).containsExactly("BAD");
        assertThat(strict("keywords:forbidden_words", kw, "Badly done; evildoers."))
                .isTrue();
    }

    @Test
    void forbiddenWordBoundaryUsesPythonWordCharacters() {
        String kw = "{\"forbidden_words\": [\"cafe\"]}";
        // An accented letter is a word character in Python, so "cafeé" does not contain the word "cafe".
        assertThat(strict("keywords:forbidden_words", kw, "the cafeé opens")).isTrue();
        assertThat(strict("keywords:forbidden_words", kw, "the cafe_ opens")).isTrue();
        assertThat(strict("keywords:forbidden_words", kw, "the cafe-bar opens")).isFalse();
    }

    @Test
    void letterFrequencyCountsLowerCasedLetters() {
        String kw = "{\"letter\": \"A\", \"let_frequency\": 3, \"let_relation\": \"at least\"}";
        assertThat(strict("keywords:letter_frequency", kw, "A banana")).isTrue();
        assertThat(strict("keywords:letter_frequency", kw, "A bag")).isFalse();
    }

    @Test
    void letterFrequencyCountsNonLettersLiterally() {
        String hashes = "{\"letter\": \"#\", \"let_frequency\": 2, \"let_relation\": \"less than\"}";
        InstructionVerdict v = verdict("keywords:letter_frequency", hashes, "# one ## two");
        assertThat(v.strict()).isFalse();
        assertThat(v.evidence()).hasSize(3);
        String bangs = "{\"letter\": \"!\", \"let_frequency\": 2, \"let_relation\": \"at least\"}";
        assertThat(strict("keywords:letter_frequency", bangs, "Wow! Great!")).isTrue();
    }

    @Test
    void languageDetectionFailureCountsAsFollowed() {
        Verifier undetectable = Checks.verifier(FakeTextServices.withLanguage(t -> java.util.Optional.empty()));
        assertThat(Checks.verdict(undetectable, "language:response_language", "{\"language\": \"de\"}", "12345")
                        .strict())
                .isTrue();
        Verifier french = Checks.verifier(FakeTextServices.withLanguage(t -> java.util.Optional.of("fr")));
        InstructionVerdict v =
                Checks.verdict(french, "language:response_language", "{\"language\": \"de\"}", "Bonjour");
        assertThat(v.strict()).isFalse();
        assertThat(v.explanation()).contains("fr");
    }
}
