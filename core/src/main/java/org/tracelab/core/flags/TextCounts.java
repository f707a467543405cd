package org.tracelab.core.flags;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Cheap counts used by the flag heuristics; words as IFEval counts them ({@code \w+}, Unicode-aware). */
final class TextCounts {

    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

    private TextCounts() {}

    static int words(String text) {
        Matcher matcher = WORD.matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }

    /** Lower case with every run of whitespace made one space, for comparing echoed text. */
    static String normalized(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
    }
}
