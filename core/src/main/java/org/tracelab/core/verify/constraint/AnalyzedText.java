package org.tracelab.core.verify.constraint;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.tracelab.core.verify.text.PythonStrings;
import org.tracelab.core.verify.text.Span;
import org.tracelab.core.verify.text.WordTokenizer.Token;

/**
 * One text under check, with the expensive analyses (sentences, word tokens, language, lower case)
 * computed at most once and shared by all instructions of the prompt. Not thread-safe: one analysis
 * belongs to one verification.
 *
 * <p>A constraint pack that needs an analysis of its own (another tokenization, a tagger's output) keeps it
 * here too, through {@link #memo}, so several instructions of one prompt share it.
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

    /** The language tools this analysis uses. */
    public TextServices services() {
        return services;
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

    /**
     * The value {@code compute} gives for this text, computed at most once per {@code key} and analysis.
     *
     * @param key     identifies the analysis; use a constant of the pack that computes it
     * @param compute a pure function of the text (it must not call {@code memo} with the same key)
     */
    @SuppressWarnings("unchecked")
    public <T> T memo(Object key, Function<AnalyzedText, T> compute) {
        if (memos == null) {
            memos = new HashMap<>(4);
        }
        Object value = memos.get(key);
        if (value == null) {
            value = compute.apply(this);
            memos.put(key, value);
        }
        return (T) value;
    }
}
