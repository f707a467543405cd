package org.tracelab.core.verify.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Building blocks for Java patterns that behave like Python {@code re} on {@code str}.
 *
 * <p>Python's {@code \w} is {@code str.isalnum()} plus underscore (letters and numbers, but not the
 * combining marks Java's Unicode {@code \w} includes); its {@code \s} is {@code str.isspace()} (which
 * includes U+001C..U+001F); {@code .}, {@code ^} and {@code $} only know {@code \n} as a line end.
 */
public final class PythonRegex {

    /** Python's {@code \w} as a Java character class body. */
    public static final String WORD_CHAR = "\\p{L}\\p{N}_";
    /** Python's {@code \w}. */
    public static final String WORD = "[" + WORD_CHAR + "]";
    /** Python's {@code \s}. */
    public static final String SPACE =
            "[\\s\\x1C-\\x1F\\x85\\xA0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000]";
    /** Python's {@code \b}, defined by its own {@code \w}. */
    public static final String WORD_BOUNDARY =
            "(?:(?<=" + WORD + ")(?!" + WORD + ")|(?<!" + WORD + ")(?=" + WORD + "))";

    /** Flags that make {@code .}, {@code ^} and {@code $} treat only {@code \n} as a line end. */
    public static final int BASE_FLAGS = Pattern.UNIX_LINES;
    /** Python's {@code re.IGNORECASE} on {@code str} patterns. */
    public static final int IGNORE_CASE = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private PythonRegex() {}

    /** Python's {@code \w} for one code point: letters, numbers (Nd, Nl, No) and underscore. */
    public static boolean isWordChar(int cp) {
        if (cp < 128) {
            return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9') || cp == '_';
        }
        if (Character.isLetter(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER
                || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    /** The matches of Python's {@code \w+}, without a regex engine (the hot path of word counting). */
    public static List<Span> wordRuns(String text) {
        List<Span> runs = new ArrayList<>();
        int start = -1;
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (isWordChar(cp)) {
                if (start < 0) {
                    start = i;
                }
            } else if (start >= 0) {
                runs.add(new Span(start, i));
                start = -1;
            }
            i += Character.charCount(cp);
        }
        if (start >= 0) {
            runs.add(new Span(start, text.length()));
        }
        return runs;
    }

    public static Pattern compile(String regex) {
        return Pattern.compile(regex, BASE_FLAGS);
    }

    public static Pattern compile(String regex, int extraFlags) {
        return Pattern.compile(regex, BASE_FLAGS | extraFlags);
    }
}
