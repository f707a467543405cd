package org.tracelab.core.verify.text.punkt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tracelab.core.verify.text.punkt.PunktSentenceSplitterTest.sentences;

import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.tracelab.core.verify.text.SentenceSplitter;
import org.tracelab.core.verify.text.Span;

/** The fallback splitter needs no data; these cases are ones where it should match NLTK. */
class BuiltInSentenceSplitterTest {

    private final SentenceSplitter builtIn = new BuiltInSentenceSplitter();

    @Test
    void describesItselfAsAnApproximation() {
        assertThat(builtIn.exact()).isFalse();
        assertThat(builtIn.description()).contains("built-in");
    }

    @Test
    void titlesTimesAndCountriesAreAbbreviations() {
        assertThat(sentences(builtIn, "Mr. Smith went to Washington. He arrived at 5 p.m. on Monday."))
                .containsExactly("Mr. Smith went to Washington.", "He arrived at 5 p.m. on Monday.");
        assertThat(sentences(builtIn, "Dr. Watson lives in the U.S. with his wife. They are happy."))
                .containsExactly("Dr. Watson lives in the U.S. with his wife.", "They are happy.");
        assertThat(sentences(builtIn, "Prof. Jones met Mrs. Lee on Jan. 5 at St. Mary's. It rained."))
                .containsExactly("Prof. Jones met Mrs. Lee on Jan. 5 at St. Mary's.", "It rained.");
    }

    @Test
    void abbreviationBeforeASentenceStarterEndsTheSentence() {
        assertThat(sentences(builtIn, "He moved to the U.S. The move was hard."))
                .containsExactly("He moved to the U.S.", "The move was hard.");
    }

    @Test
    void initialsAndNumbers() {
        assertThat(sentences(builtIn, "J. S. Bach wrote music. He died in 1750."))
                .containsExactly("J. S. Bach wrote music.", "He died in 1750.");
        assertThat(sentences(builtIn, "I was born in 1990. The year after was 1991."))
                .containsExactly("I was born in 1990.", "The year after was 1991.");
        assertThat(sentences(builtIn, "In 1990. the year ended.")).containsExactly("In 1990. the year ended.");
    }

    @Test
    void ellipsisQuotesAndBrackets() {
        assertThat(sentences(builtIn, "Wait... what? No... I mean yes."))
                .containsExactly("Wait... what?", "No...", "I mean yes.");
        assertThat(sentences(builtIn, "He said \"Stop.\" Then he left. (An aside.) Next."))
                .containsExactly("He said \"Stop.\"", "Then he left.", "(An aside.)", "Next.");
    }

    @Test
    void newlinesEmptyAndWhitespace() {
        assertThat(sentences(builtIn, "First line\nsecond line. Third line."))
                .containsExactly("First line\nsecond line.", "Third line.");
        assertThat(builtIn.sentences("")).isEmpty();
        assertThat(builtIn.sentences("\n \u00a0\t")).isEmpty();
    }

    @Test
    void isSafeToShareBetweenThreads() {
        String text = "Mr. Smith left at 5 p.m. on Friday. \"Why?\" she asked. (Nobody knew.) The end.";
        List<Span> expected = builtIn.sentences(text);
        ConcurrentLinkedQueue<List<Span>> results = new ConcurrentLinkedQueue<>();
        IntStream.range(0, 2000).parallel().forEach(i -> results.add(builtIn.sentences(text)));
        assertThat(sentences(builtIn, text))
                .containsExactly(
                        "Mr. Smith left at 5 p.m. on Friday.", "\"Why?\"", "she asked.", "(Nobody knew.)", "The end.");
        assertThat(results).allMatch(expected::equals);
    }
}
