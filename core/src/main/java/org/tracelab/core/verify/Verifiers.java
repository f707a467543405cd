package org.tracelab.core.verify;

import java.nio.file.Path;
import org.tracelab.core.verify.constraint.ConstraintRegistry;
import org.tracelab.core.verify.constraint.TextServices;
import org.tracelab.core.verify.lang.CybozuLanguageIdentifier;
import org.tracelab.core.verify.text.NltkVersion;
import org.tracelab.core.verify.text.NltkWordTokenizer;
import org.tracelab.core.verify.text.SentenceSplitter;
import org.tracelab.core.verify.text.SyllableCounter;
import org.tracelab.core.verify.text.punkt.NltkData;

/** Assembles a verifier from the standard language tools and the built-in constraint types. */
public final class Verifiers {

    private Verifiers() {}

    /**
     * A verifier with NLTK's data where it is found ({@code nltkData}, else {@code $NLTK_DATA}, else
     * {@code ~/nltk_data}): Punkt's parameters, the stop words and the tagger, each replaced by a built-in
     * approximation when absent (see {@link NltkData}).
     *
     * @param nltkData an NLTK data folder given by the user, or null to search the defaults
     * @throws IllegalArgumentException when {@code nltkData} is given but holds no Punkt parameters
     */
    public static Verifier create(Path nltkData) {
        return create(NltkData.resolve(nltkData));
    }

    public static Verifier create(NltkData data) {
        SentenceSplitter sentences = data.sentenceSplitter(NltkVersion.V3_8);
        return new Verifier(
                new TextServices(
                        sentences,
                        new NltkWordTokenizer(sentences),
                        new CybozuLanguageIdentifier(),
                        data.ifbenchServices(SyllableCounter.bundled())),
                BuiltInConstraints.registry());
    }

    /** IFEval's sentence splitting as given; IFBench's tools are the built-in approximations. */
    public static Verifier create(SentenceSplitter sentences) {
        return create(sentences, BuiltInConstraints.registry());
    }

    public static Verifier create(SentenceSplitter sentences, ConstraintRegistry registry) {
        return new Verifier(
                new TextServices(sentences, new NltkWordTokenizer(sentences), new CybozuLanguageIdentifier()),
                registry);
    }
}
