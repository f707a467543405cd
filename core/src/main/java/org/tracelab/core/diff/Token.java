package org.tracelab.core.diff;

/**
 * A piece of a text: a run of word characters, a run of whitespace, or one other character (punctuation, a
 * symbol, an ideograph). {@code [start, end)} are char offsets into the text it came from.
 */
public record Token(Kind kind, int start, int end) {

    public enum Kind {
        WORD,
        SPACE,
        OTHER
    }

    public Token {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad token [" + start + ", " + end + ")");
        }
    }

    public String of(String text) {
        return text.substring(start, end);
    }
}
