package org.tracelab.core.verify.text.punkt;

import java.util.List;
import org.tracelab.core.verify.text.NltkVersion;
import org.tracelab.core.verify.text.SentenceSplitter;
import org.tracelab.core.verify.text.Span;

/**
 * The fallback when NLTK's Punkt parameters are absent: the same Punkt algorithm with a small built-in
 * English model ({@link BuiltInParameters}). It approximates {@code sent_tokenize}; it is not exact.
 * Immutable and thread-safe.
 */
public final class BuiltInSentenceSplitter implements SentenceSplitter {

    private final PunktBoundaries boundaries;

    /** NLTK 3.8's rules, as the official IFEval checker ran. */
    public BuiltInSentenceSplitter() {
        this(NltkVersion.V3_8);
    }

    public BuiltInSentenceSplitter(NltkVersion version) {
        this.boundaries = new PunktBoundaries(BuiltInParameters.ENGLISH, version);
    }

    @Override
    public List<Span> sentences(String text) {
        return boundaries.sentences(text);
    }

    @Override
    public String description() {
        return "built-in approximation of Punkt (own English abbreviation list; NLTK parameters not found)";
    }

    @Override
    public boolean exact() {
        return false;
    }
}
