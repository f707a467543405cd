package org.tracelab.core.verify.text.punkt;

import java.nio.file.Path;
import java.util.List;
import org.tracelab.core.verify.text.SentenceSplitter;
import org.tracelab.core.verify.text.Span;

/**
 * Punkt with NLTK's trained English parameters: agrees exactly with NLTK 3.8's {@code sent_tokenize}
 * (its {@code span_tokenize} spans). Immutable and thread-safe.
 */
public final class PunktSentenceSplitter implements SentenceSplitter {

    private final PunktBoundaries boundaries;
    private final String description;

    public PunktSentenceSplitter(PunktParameters params, String description) {
        this.boundaries = new PunktBoundaries(params);
        this.description = description;
    }

    /** Loads the English parameters below an {@code nltk_data} directory; see {@link PunktParameters#load}. */
    public static PunktSentenceSplitter fromNltkData(Path nltkDataDir) {
        return new PunktSentenceSplitter(PunktParameters.load(nltkDataDir),
                "Punkt (NLTK English parameters from " + nltkDataDir + ")");
    }

    @Override
    public List<Span> sentences(String text) {
        return boundaries.sentences(text);
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public boolean exact() {
        return true;
    }
}
