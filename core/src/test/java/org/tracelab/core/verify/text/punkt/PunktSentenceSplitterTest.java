package org.tracelab.core.verify.text.punkt;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tracelab.core.testing.SharedData;
import org.tracelab.core.verify.text.SentenceSplitter;
import org.tracelab.core.verify.text.Span;

/** Tricky cases with NLTK's English parameters; expected values are what NLTK 3.8 returns. */
class PunktSentenceSplitterTest {

    private static SentenceSplitter punkt;

    @BeforeAll
    static void load() {
        Path nltkData = SharedData.require("data/nltk_data");
        punkt = PunktSentenceSplitter.fromNltkData(nltkData);
    }

    static List<String> sentences(SentenceSplitter splitter, String text) {
        return splitter.sentences(text).stream().map(span -> span.of(text)).toList();
    }

    @Test
    void describesItselfAsExact() {
        assertThat(punkt.exact()).isTrue();
        assertThat(punkt.description())
                .startsWith("Punkt (NLTK English parameters from ")
                .contains("nltk_data");
    }

    @Test
    void knownAbbreviationsDoNotEndSentences() {
        assertThat(sentences(punkt, "Mr. Smith went to Washington. He arrived at 5 p.m. Then he left."))
                .containsExactly("Mr. Smith went to Washington.", "He arrived at 5 p.m. Then he left.");
        assertThat(sentences(punkt, "Dr. Watson lives in the U.S. with his wife. They are happy."))
                .containsExactly("Dr. Watson lives in the U.S. with his wife.", "They are happy.");
        assertThat(sentences(punkt, "The meeting is at 3 p.m. tomorrow. Please come."))
                .containsExactly("The meeting is at 3 p.m. tomorrow.", "Please come.");
    }

    @Test
    void initialsBeforeNamesAreAbbreviations() {
        assertThat(sentences(punkt, "J. S. Bach wrote music. He died in 1750."))
                .containsExactly("J. S. Bach wrote music.", "He died in 1750.");
    }

    @Test
    void numbersBreakBeforeCapitalsButNotBeforeLowerCase() {
        assertThat(sentences(punkt, "I was born in 1990. The year after was 1991."))
                .containsExactly("I was born in 1990.", "The year after was 1991.");
        assertThat(sentences(punkt, "In 1990. the year ended.")).containsExactly("In 1990. the year ended.");
    }

    @Test
    void ellipsisAndRepeatedMarks() {
        assertThat(sentences(punkt, "Wait... what? No... I mean yes."))
                .containsExactly("Wait... what?", "No...", "I mean yes.");
        assertThat(sentences(punkt, "Very bad acting!!! I promise."))
                .containsExactly("Very bad acting!!!", "I promise.");
    }

    @Test
    void closingQuotesAndBracketsStayWithTheirSentence() {
        assertThat(sentences(punkt, "He said \"Stop.\" Then he left."))
                .containsExactly("He said \"Stop.\"", "Then he left.");
        assertThat(sentences(punkt, "(This is an aside.) Next sentence."))
                .containsExactly("(This is an aside.)", "Next sentence.");
    }

    @Test
    void newlineAloneDoesNotEndASentence() {
        assertThat(sentences(punkt, "First line\nsecond line. Third line."))
                .containsExactly("First line\nsecond line.", "Third line.");
        assertThat(punkt.sentences("Hello world.\n\nNew paragraph here."))
                .containsExactly(new Span(0, 12), new Span(14, 33));
    }

    @Test
    void emptyAndWhitespaceOnlyTextsHaveNoSentences() {
        assertThat(punkt.sentences("")).isEmpty();
        assertThat(punkt.sentences(" \n\t ")).isEmpty();
    }

    @Test
    void leadingWhitespaceStaysInTheFirstSentenceButTrailingWhitespaceIsDropped() {
        assertThat(punkt.sentences("  Leading. Trailing.   ")).containsExactly(new Span(0, 10), new Span(11, 20));
        assertThat(sentences(punkt, "One sentence without end")).containsExactly("One sentence without end");
    }

    @Test
    void spansCountUtf16Units() {
        assertThat(punkt.sentences("Hello 😀 world. Next one!")).containsExactly(new Span(0, 15), new Span(16, 25));
    }
}
