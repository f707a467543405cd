package org.tracelab.core.verify.constraint;

import java.util.Objects;
import org.tracelab.core.verify.lang.LanguageIdentifier;
import org.tracelab.core.verify.text.IfbenchTextServices;
import org.tracelab.core.verify.text.SentenceSplitter;
import org.tracelab.core.verify.text.SyllableCounter;
import org.tracelab.core.verify.text.WordTokenizer;
import org.tracelab.core.verify.text.punkt.NltkData;

/**
 * The language tools the checks need; all thread-safe and shared by every analysis. {@code sentences} and
 * {@code words} follow NLTK 3.8 as the official IFEval checker ran it; IFBench's checks use {@code ifbench}.
 */
public record TextServices(
        SentenceSplitter sentences, WordTokenizer words, LanguageIdentifier language, IfbenchTextServices ifbench) {

    public TextServices {
        Objects.requireNonNull(sentences, "sentences");
        Objects.requireNonNull(words, "words");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(ifbench, "ifbench");
    }

    /** IFEval's tools with built-in approximations for IFBench's (no NLTK data). */
    public TextServices(SentenceSplitter sentences, WordTokenizer words, LanguageIdentifier language) {
        this(sentences, words, language, NltkData.builtInIfbenchServices(SyllableCounter.bundled()));
    }
}
