package org.tracelab.core.verify.text.punkt;

import java.nio.file.Path;
import java.util.List;
import org.tracelab.core.verify.text.NltkVersion;
import org.tracelab.core.verify.text.SentenceSplitter;
import org.tracelab.core.verify.text.Span;

/**
 * Punkt with NLTK's trained English parameters: agrees exactly with {@code sent_tokenize} (its
 * {@code span_tokenize} spans) of the chosen NLTK version. Immutable and thread-safe.
 */
public final class PunktSentenceSplitter implements SentenceSplitter {

    private final PunktParameters params;
    private final PunktBoundaries boundaries;
    private final String description;
    private final NltkVersion version;

    /** NLTK 3.8's rules, as the official IFEval checker ran. */
    public PunktSentenceSplitter(PunktParameters params, String description) {
        this(params, description, NltkVersion.V3_8);
    }

    public PunktSentenceSplitter(PunktParameters params, String description, NltkVersion version) {
        this.params = params;
        this.boundaries = new PunktBoundaries(params, version);
        this.description = description;
        this.version = version;
    }

    /** Loads the English parameters below an {@code nltk_data} directory; see {@link PunktParameters#load}. */
    public static PunktSentenceSplitter fromNltkData(Path nltkDataDir) {
        return new PunktSentenceSplitter(
                PunktParameters.load(nltkDataDir), "Punkt (NLTK English parameters from " + nltkDataDir + ")");
    }

    /** The same parameters with another NLTK version's rules. */
    public PunktSentenceSplitter withVersion(NltkVersion other) {
        if (other == version) {
            return this;
        }
        String base = description.replace("; " + version.label() + " rules", "");
        return new PunktSentenceSplitter(
                params, other == NltkVersion.V3_8 ? base : base + "; " + other.label() + " rules", other);
    }

    public NltkVersion version() {
        return version;
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
