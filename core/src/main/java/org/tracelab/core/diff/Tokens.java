package org.tracelab.core.diff;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a text into {@link Token}s that cover it exactly, in order, without gaps: concatenating the tokens
 * gives the text back. Works on code points, so a surrogate pair is never split; a combining mark stays with
 * the character before it.
 */
public final class Tokens {

    private Tokens() {}

    public static List<Token> of(String text) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int start = i;
            int first = text.codePointAt(i);
            Token.Kind kind = kindOf(first);
            i += Character.charCount(first);
            while (i < text.length()) {
                int next = text.codePointAt(i);
                // Punctuation, symbols and ideographs are one character each, with any marks on it.
                boolean continues = kind == Token.Kind.OTHER ? isMark(next) : kindOf(next) == kind;
                if (!continues) {
                    break;
                }
                i += Character.charCount(next);
            }
            tokens.add(new Token(kind, start, i));
        }
        return tokens;
    }

    private static Token.Kind kindOf(int codePoint) {
        if (Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)) {
            return Token.Kind.SPACE;
        }
        if (isIdeograph(codePoint)) {
            return Token.Kind.OTHER;
        }
        return Character.isLetterOrDigit(codePoint) || isMark(codePoint) ? Token.Kind.WORD : Token.Kind.OTHER;
    }

    /** Scripts written without spaces: each character is its own word, or a sentence would be one token. */
    private static boolean isIdeograph(int codePoint) {
        if (Character.isIdeographic(codePoint)) {
            return true;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA
                || script == Character.UnicodeScript.THAI;
    }

    private static boolean isMark(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK
                || codePoint == 0x200D
                || codePoint == 0xFE0F;
    }
}
