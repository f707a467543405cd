package org.tracelab.core.verify.constraint;

import java.util.Objects;
import org.tracelab.core.verify.lang.LanguageIdentifier;
import org.tracelab.core.verify.text.SentenceSplitter;
import org.tracelab.core.verify.text.WordTokenizer;

/** The language tools the checks need; all thread-safe and shared by every analysis. */
public record TextServices(SentenceSplitter sentences, WordTokenizer words, LanguageIdentifier language) {

    public TextServices {
        Objects.requireNonNull(sentences, "sentences");
        Objects.requireNonNull(words, "words");
        Objects.requireNonNull(language, "language");
    }
}
