package org.tracelab.core.verify;

import java.util.List;
import java.util.Optional;
import org.tracelab.core.verify.text.PythonStrings;
import org.tracelab.core.verify.text.WordTokenizer.Token;

/**
 * One text under check, with the expensive analyses (sentences, word tokens, language, lower case)
 * computed at most once and shared by all instructions of the prompt. Not thread-safe: one analysis
 * belongs to one verification.
 */
public final class AnalyzedText {

    private final String text;
    private final TextServices services;
    private String lower;
    private String stripped;
    private List<Span> sentences;
    private List<Token> tokens;
    private Optional<String> language;

    public AnalyzedText(String text, TextServices services) {
        this.text = text;
        this.services = services;
    }

    public String text() {
        return text;
    }

    /** Python's {@code text.lower()}. */
    public String lower() {
        if (lower == null) {
            lower = PythonStrings.lower(text);
        }
        return lower;
    }

    /** Python's {@code text.strip()}. */
    public String stripped() {
        if (stripped == null) {
            stripped = PythonStrings.strip(text);
        }
        return stripped;
    }

    /** Offset of {@link #stripped()} inside {@link #text()}. */
    public int strippedOffset() {
        return PythonStrings.stripStart(text);
    }

    public List<Span> sentences() {
        if (sentences == null) {
            sentences = services.sentences().sentences(text);
        }
        return sentences;
    }

    public List<Token> wordTokens() {
        if (tokens == null) {
            tokens = services.words().tokens(text);
        }
        return tokens;
    }

    /** langdetect's top language, or empty when it raised "no features in text". */
    public Optional<String> language() {
        if (language == null) {
            language = services.language().detect(text);
        }
        return language;
    }
}
