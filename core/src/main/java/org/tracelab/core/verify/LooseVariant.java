package org.tracelab.core.verify;

import java.util.ArrayList;
import java.util.List;
import org.tracelab.core.verify.text.PythonStrings;

/**
 * The eight texts IFEval's loose evaluation tries, in its order: the response, without asterisks,
 * without its first line, its last line, or both, and those three without asterisks.
 */
public enum LooseVariant {
    AS_GIVEN,
    NO_ASTERISKS,
    NO_FIRST_LINE,
    NO_LAST_LINE,
    NO_FIRST_AND_LAST_LINE,
    NO_FIRST_LINE_NO_ASTERISKS,
    NO_LAST_LINE_NO_ASTERISKS,
    NO_FIRST_AND_LAST_LINE_NO_ASTERISKS;

    private static final LooseVariant[] ALL = values();

    /** The variant texts of {@code response}, indexed by {@link #ordinal()}. */
    public static String[] textsOf(String response) {
        String[] lines = response.split("\n", -1);
        String noFirst = PythonStrings.strip(join(lines, 1, lines.length));
        String noLast = PythonStrings.strip(join(lines, 0, lines.length - 1));
        String noBoth = PythonStrings.strip(join(lines, 1, lines.length - 1));
        return new String[] {
            response,
            response.replace("*", ""),
            noFirst,
            noLast,
            noBoth,
            noFirst.replace("*", ""),
            noLast.replace("*", ""),
            noBoth.replace("*", ""),
        };
    }

    public static LooseVariant at(int ordinal) {
        return ALL[ordinal];
    }

    /** Python's {@code "\n".join(lines[from:to])}, where an empty or inverted slice joins to "". */
    private static String join(String[] lines, int from, int to) {
        if (from >= to) {
            return "";
        }
        List<String> slice = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            slice.add(lines[i]);
        }
        return String.join("\n", slice);
    }
}
