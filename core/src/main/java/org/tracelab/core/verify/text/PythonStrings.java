package org.tracelab.core.verify.text;

/**
 * Python {@code str} semantics the IFEval checker relies on, which Java's own methods do not share:
 * {@code strip()} removes every Unicode space (NBSP included, unlike {@link String#strip()}), and
 * {@code isupper()}/{@code islower()} need at least one cased character and reject title case.
 */
public final class PythonStrings {

    private PythonStrings() {
    }

    /** Python's {@code str.isspace()} for one code point. */
    public static boolean isSpace(int cp) {
        switch (cp) {
            case '\t', '\n', 0x0B, '\f', '\r', 0x1C, 0x1D, 0x1E, 0x1F, ' ', 0x85, 0xA0, 0x1680,
                    0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
                return true;
            default:
                return cp >= 0x2000 && cp <= 0x200A;
        }
    }

    /** Python's {@code str.strip()} with no argument. */
    public static String strip(String s) {
        int start = stripStart(s);
        int end = stripEnd(s, start);
        return s.substring(start, end);
    }

    /** Index of the first character that {@code strip()} keeps ({@code s.length()} when all are spaces). */
    public static int stripStart(String s) {
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            if (!isSpace(cp)) {
                break;
            }
            i += Character.charCount(cp);
        }
        return i;
    }

    /** Index after the last character that {@code strip()} keeps, never below {@code floor}. */
    public static int stripEnd(String s, int floor) {
        int end = s.length();
        while (end > floor) {
            int cp = s.codePointBefore(end);
            if (!isSpace(cp)) {
                break;
            }
            end -= Character.charCount(cp);
        }
        return end;
    }

    /** True when {@code strip()} would leave nothing. */
    public static boolean isBlank(String s) {
        return stripStart(s) == s.length();
    }

    /** Python's {@code str.isupper()}: some cased character, no lower-case or title-case one. */
    public static boolean isUpper(String s) {
        boolean cased = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (Character.isLowerCase(cp) || Character.isTitleCase(cp)) {
                return false;
            }
            cased |= Character.isUpperCase(cp);
            i += Character.charCount(cp);
        }
        return cased;
    }

    /** Python's {@code str.islower()}: some cased character, no upper-case or title-case one. */
    public static boolean isLower(String s) {
        boolean cased = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (Character.isUpperCase(cp) || Character.isTitleCase(cp)) {
                return false;
            }
            cased |= Character.isLowerCase(cp);
            i += Character.charCount(cp);
        }
        return cased;
    }

    /** Python's {@code str.lower()}, locale-independent. */
    public static String lower(String s) {
        return s.toLowerCase(java.util.Locale.ROOT);
    }
}
