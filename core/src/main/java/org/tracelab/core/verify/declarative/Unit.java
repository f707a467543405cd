package org.tracelab.core.verify.declarative;

import java.util.List;
import org.tracelab.core.verify.constraint.AnalyzedText;
import org.tracelab.core.verify.text.PythonRegex;
import org.tracelab.core.verify.text.Span;

/** What a counting rule counts. */
enum Unit {
    /** Runs of word characters, as IFEval counts words ({@code \w+}: "don't" is two). */
    WORDS("word", "words"),
    /** Punkt sentences, as IFEval counts them. */
    SENTENCES("sentence", "sentences"),
    /** Blocks of non-blank lines separated by blank lines. */
    PARAGRAPHS("paragraph", "paragraphs"),
    /** Lines, a final line break not starting another. */
    LINES("line", "lines");

    private final String singular;
    private final String plural;

    Unit(String singular, String plural) {
        this.singular = singular;
        this.plural = plural;
    }

    String singular() {
        return singular;
    }

    String plural() {
        return plural;
    }

    List<Span> spans(AnalyzedText text) {
        return switch (this) {
            case WORDS -> PythonRegex.wordRuns(text.text());
            case SENTENCES -> text.sentences();
            case PARAGRAPHS -> TextUnits.paragraphs(text.text());
            case LINES -> TextUnits.lines(text.text());
        };
    }
}
