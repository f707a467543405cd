package org.tracelab.core.verify.text.punkt;

import java.util.regex.Pattern;
import org.tracelab.core.verify.text.PythonRegex;

/**
 * NLTK's English Punkt regular expressions (its {@code PunktLanguageVars} and {@code PunktToken} patterns),
 * rewritten for Java with Python's Unicode {@code \s}, {@code \w} and {@code \d}.
 */
final class PunktPatterns {

    private static final String SPACE = PythonRegex.SPACE;
    private static final String NOT_SPACE = "[^" + SPACE.substring(1, SPACE.length() - 1) + "]";
    /** Python's {@code [^\W\d]}: a word character that is not a decimal digit. */
    private static final String LETTER = "[" + PythonRegex.WORD_CHAR + "&&[^\\p{Nd}]]";

    /** Punctuation that can never be inside a word: the sentence enders except the period, brackets, quotes. */
    private static final String NON_WORD = "(?:[)\";}\\]*:@'({\\[?!])";
    /** Dashes, ellipses and spaced ellipses are single tokens. */
    private static final String MULTI_CHAR = "(?:-{2,}|\\.{2,}|(?:\\." + SPACE + "){2,}\\.)";
    /** Characters that never start a word token (they become one-character tokens instead). */
    private static final String WORD_START = "[^(\"`{\\[:;&#*@)}\\]\\-,]";

    /**
     * One word token: a multi-character punctuation mark, a word ending before whitespace, punctuation or a
     * word-final comma, or any other single non-space character. Periods stay attached to words.
     */
    static final Pattern WORD_TOKEN = PythonRegex.compile(MULTI_CHAR
            + "|(?=" + WORD_START + ")" + NOT_SPACE + "+?"
            + "(?=" + SPACE + "|$|" + NON_WORD + "|" + MULTI_CHAR
            + "|,(?=$|" + SPACE + "|" + NON_WORD + "|" + MULTI_CHAR + "))"
            + "|" + NOT_SPACE);

    /** Group of {@link #PERIOD_CONTEXT} holding what follows the candidate end character. */
    static final int AFTER_TOKEN = 1;
    /** Group of {@link #PERIOD_CONTEXT} holding the next token after whitespace, when there is one. */
    static final int NEXT_TOKEN = 2;

    /** A candidate sentence end: {@code . ? !} followed by non-word punctuation or by whitespace and a token. */
    static final Pattern PERIOD_CONTEXT = PythonRegex.compile(
            "[.?!](?=(" + NON_WORD + "|" + SPACE + "+(" + NOT_SPACE + "+)))");

    /** Group of {@link #BOUNDARY_REALIGNMENT} holding the closing punctuation without trailing spaces. */
    static final int CLOSING = 1;

    /** Closing quotes and brackets right after a break, which belong to the sentence before it. */
    static final Pattern BOUNDARY_REALIGNMENT = PythonRegex.compile(
            "([\"')\\]}]+?)(?:" + SPACE + "+|(?=--)|$)", Pattern.MULTILINE);

    static final Pattern ELLIPSIS = PythonRegex.compile("\\.\\.+");
    static final Pattern NUMERIC = PythonRegex.compile("-?[.,]?\\p{Nd}[\\p{Nd},.\\-]*\\.?");
    static final Pattern INITIAL = PythonRegex.compile(LETTER + "\\.");

    private PunktPatterns() {
    }
}
