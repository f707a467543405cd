package org.tracelab.core.verify.text;

import java.util.ArrayList;
import java.util.List;

/**
 * The words of NLTK 3.10's {@code RegexpTokenizer(r"\w+")}: that class compiles its pattern with the
 * third-party {@code regex} engine, whose {@code \w} is Unicode TR#18's word class (alphabetic characters,
 * every mark, decimal digits, connector punctuation and the joiners ZWJ/ZWNJ). That is exactly Java's
 * {@code \w} under {@code UNICODE_CHARACTER_CLASS}, and not Python {@code re}'s class of
 * {@link PythonRegex#isWordChar}: {@code ½} is no word character here, a combining accent is.
 */
public final class UnicodeWords {

    private UnicodeWords() {}

    /** TR#18's {@code \w} for one code point. */
    public static boolean isWordChar(int cp) {
        if (cp < 128) {
            return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9') || cp == '_';
        }
        if (Character.isAlphabetic(cp)) {
            return true;
        }
        switch (Character.getType(cp)) {
            case Character.NON_SPACING_MARK,
                    Character.ENCLOSING_MARK,
                    Character.COMBINING_SPACING_MARK,
                    Character.DECIMAL_DIGIT_NUMBER,
                    Character.CONNECTOR_PUNCTUATION:
                return true;
            default:
                return cp == 0x200C || cp == 0x200D;
        }
    }

    /** The matches of {@code \w+}, left to right. */
    public static List<Span> runs(String text) {
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
}
