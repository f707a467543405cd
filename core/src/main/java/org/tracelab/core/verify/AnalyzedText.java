package org.tracelab.core.verify;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
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
    private Map<Object, Object> memos;

    public AnalyzedText(String text, TextServices services) {
        this.text = text;
        this.services = services;
    }

    public String text() {
        return text;
    }

    public TextServices services() {
        return services;
    }

    /**
     * A further analysis of this text, computed at most once however many checks ask for it. Each analysis is
     * one shared, stateless function object (a constant), which is also its key.
     */
    @SuppressWarnings("unchecked")
    public <T> T memo(Function<AnalyzedText, T> analysis) {
        if (memos == null) {
            memos = new IdentityHashMap<>(4);
        }
        Object value = memos.get(analysis);
        if (value == null) {
            value = analysis.apply(this);
            memos.put(analysis, value);
        }
        return (T) value;
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
