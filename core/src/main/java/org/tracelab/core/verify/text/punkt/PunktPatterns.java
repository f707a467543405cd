package org.tracelab.core.verify.text.punkt;

import java.util.regex.Pattern;
import org.tracelab.core.verify.text.NltkVersion;
import org.tracelab.core.verify.text.PythonRegex;

/**
 * NLTK's English Punkt regular expressions (its {@code PunktLanguageVars} and {@code PunktToken} patterns),
 * rewritten for Java with Python's Unicode {@code \s}, {@code \w} and {@code \d}. NLTK 3.10 added the curly
 * quotes and guillemets to the characters that cannot be inside a word and to the closing punctuation that
 * is moved back into the sentence it ends; everything else is the same in both versions. Immutable.
 */
final class PunktPatterns {

    private static final String SPACE = PythonRegex.SPACE;
    private static final String NOT_SPACE = "[^" + SPACE.substring(1, SPACE.length() - 1) + "]";
    /** Python's {@code [^\W\d]}: a word character that is not a decimal digit. */
    private static final String LETTER = "[" + PythonRegex.WORD_CHAR + "&&[^\\p{Nd}]]";

    /** Dashes, ellipses and spaced ellipses are single tokens. */
    private static final String MULTI_CHAR = "(?:-{2,}|\\.{2,}|(?:\\." + SPACE + "){2,}\\.)";
    /** Characters that never start a word token (they become one-character tokens instead). */
    private static final String WORD_START = "[^(\"`{\\[:;&#*@)}\\]\\-,]";
    /** The curly quotes and guillemets NLTK 3.10 treats as punctuation. */
    private static final String CURLY_QUOTES = "\u2018\u2019\u201c\u201d\u00ab\u00bb";

    private static final PunktPatterns V3_8 = new PunktPatterns("");
    private static final PunktPatterns V3_10 = new PunktPatterns(CURLY_QUOTES);

    /** Group of {@link #periodContext} holding what follows the candidate end character. */
    static final int AFTER_TOKEN = 1;
    /** Group of {@link #periodContext} holding the next token after whitespace, when there is one. */
    static final int NEXT_TOKEN = 2;
    /** Group of {@link #boundaryRealignment} holding the closing punctuation without trailing spaces. */
    static final int CLOSING = 1;

    static final Pattern ELLIPSIS = PythonRegex.compile("\\.\\.+");
    static final Pattern NUMERIC = PythonRegex.compile("-?[.,]?\\p{Nd}[\\p{Nd},.\\-]*\\.?");
    static final Pattern INITIAL = PythonRegex.compile(LETTER + "\\.");

    /**
     * One word token: a multi-character punctuation mark, a word ending before whitespace, punctuation or a
     * word-final comma, or any other single non-space character. Periods stay attached to words.
     */
    final Pattern wordToken;
    /** A candidate sentence end: {@code . ? !} followed by non-word punctuation or by whitespace and a token. */
    final Pattern periodContext;
    /** Closing quotes and brackets right after a break, which belong to the sentence before it. */
    final Pattern boundaryRealignment;

    private PunktPatterns(String extraPunctuation) {
        // Punctuation that can never be inside a word: the sentence enders except the period, brackets, quotes.
        String nonWord = "(?:[)\";}\\]*:@'({\\[?!" + extraPunctuation + "])";
        wordToken = PythonRegex.compile(MULTI_CHAR
                + "|(?=" + WORD_START + ")" + NOT_SPACE + "+?"
                + "(?=" + SPACE + "|$|" + nonWord + "|" + MULTI_CHAR
                + "|,(?=$|" + SPACE + "|" + nonWord + "|" + MULTI_CHAR + "))"
                + "|" + NOT_SPACE);
        periodContext = PythonRegex.compile("[.?!](?=(" + nonWord + "|" + SPACE + "+(" + NOT_SPACE + "+)))");
        boundaryRealignment = PythonRegex.compile(
                "([\"')\\]}" + extraPunctuation + "]+?)(?:" + SPACE + "+|(?=--)|$)", Pattern.MULTILINE);
    }

    static PunktPatterns of(NltkVersion version) {
        return version == NltkVersion.V3_10 ? V3_10 : V3_8;
    }
}
