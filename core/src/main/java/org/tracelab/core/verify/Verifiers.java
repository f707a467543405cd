package org.tracelab.core.verify;

import java.nio.file.Path;
import org.tracelab.core.verify.constraint.ConstraintRegistry;
import org.tracelab.core.verify.constraint.TextServices;
import org.tracelab.core.verify.lang.CybozuLanguageIdentifier;
import org.tracelab.core.verify.text.NltkWordTokenizer;
import org.tracelab.core.verify.text.SentenceSplitter;
import org.tracelab.core.verify.text.punkt.SentenceSplitters;

/** Assembles a verifier from the standard language tools and the built-in constraint types. */
public final class Verifiers {

    private Verifiers() {
    }

    /**
     * A verifier with Punkt when NLTK's English parameters are found ({@code nltkData}, else
     * {@code $NLTK_DATA}, else {@code ~/nltk_data}), otherwise the built-in sentence splitter.
     *
     * @param nltkData an NLTK data folder given by the user, or null to search the defaults
     * @throws IllegalArgumentException when {@code nltkData} is given but holds no Punkt parameters
     */
    public static Verifier create(Path nltkData) {
        return create(SentenceSplitters.resolve(nltkData));
    }

    public static Verifier create(SentenceSplitter sentences) {
        return create(sentences, BuiltInConstraints.registry());
    }

    public static Verifier create(SentenceSplitter sentences, ConstraintRegistry registry) {
        return new Verifier(new TextServices(sentences, new NltkWordTokenizer(sentences), new CybozuLanguageIdentifier()),
                registry);
    }
}
