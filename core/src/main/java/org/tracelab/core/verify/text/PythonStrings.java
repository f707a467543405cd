package org.tracelab.core.verify.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Python {@code str} semantics the IFEval and IFBench checkers rely on, which Java's own methods do not share:
 * {@code strip()} removes every Unicode space (NBSP included, unlike {@link String#strip()}),
 * {@code isupper()}/{@code islower()} need at least one cased character and reject title case, lengths and
 * indexes count code points, and {@code split(sep)} keeps every empty piece. Character properties follow the
 * JDK's Unicode version (CPython 3.11 uses Unicode 14.0; the two differ only on characters added since).
 */
public final class PythonStrings {

    /** Python's {@code string.punctuation}: the 32 ASCII punctuation characters. */
    public static final String ASCII_PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

    /**
     * The characters besides category Nd for which {@code str.isdigit()} is true (Numeric_Type=Digit, as
     * CPython 3.11 has them): superscripts, subscripts, circled and parenthesised digits and a few scripts'
     * digit signs. Pairs of inclusive bounds.
     */
    private static final int[] OTHER_DIGITS = {
        0x00B2, 0x00B3, 0x00B9, 0x00B9, 0x1369, 0x1371, 0x19DA, 0x19DA, 0x2070, 0x2070, 0x2074, 0x2079,
        0x2080, 0x2089, 0x2460, 0x2468, 0x2474, 0x247C, 0x2488, 0x2490, 0x24EA, 0x24EA, 0x24F5, 0x24FD,
        0x24FF, 0x24FF, 0x2776, 0x277E, 0x2780, 0x2788, 0x278A, 0x2792, 0x10A40, 0x10A43, 0x10E60, 0x10E68,
        0x11052, 0x1105A, 0x1F100, 0x1F10A,
    };

    private PythonStrings() {}

    /** Python's {@code str.isspace()} for one code point. */
    public static boolean isSpace(int cp) {
        switch (cp) {
            case '\t',
                    '\n',
                    0x0B,
                    '\f',
                    '\r',
                    0x1C,
                    0x1D,
                    0x1E,
                    0x1F,
                    ' ',
                    0x85,
                    0xA0,
                    0x1680,
                    0x2028,
                    0x2029,
                    0x202F,
                    0x205F,
                    0x3000:
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

    /** Python's {@code ch.isdigit()}: a decimal digit of any script, or one of the other digit characters. */
    public static boolean isDigit(int cp) {
        if (cp < 128) {
            return cp >= '0' && cp <= '9';
        }
        if (Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER) {
            return true;
        }
        for (int i = 0; i < OTHER_DIGITS.length; i += 2) {
            if (cp >= OTHER_DIGITS[i] && cp <= OTHER_DIGITS[i + 1]) {
                return true;
            }
        }
        return false;
    }

    /** Python's {@code s.isdigit()}: not empty, and every character a digit. */
    public static boolean isDigits(String s) {
        return !s.isEmpty() && s.codePoints().allMatch(PythonStrings::isDigit);
    }

    /** Python's {@code ch.isalpha()}: any letter (categories L*). */
    public static boolean isAlpha(int cp) {
        return Character.isLetter(cp);
    }

    /** Python's {@code ch.isalnum()}: a letter or a number (Nd, Nl, No). */
    public static boolean isAlnum(int cp) {
        return cp != '_' && PythonRegex.isWordChar(cp);
    }

    /** Python's {@code len(s)}: the number of code points. */
    public static int length(String s) {
        return s.codePointCount(0, s.length());
    }

    /** Python's {@code s[::-1]}: the code points in reverse order. */
    public static String reverse(String s) {
        return new StringBuilder(s).reverse().toString();
    }

    /** Python's {@code s.split()}: the runs of non-whitespace characters, as spans. */
    public static List<Span> splitSpans(String s) {
        List<Span> words = new ArrayList<>();
        int i = 0;
        int n = s.length();
        while (i < n) {
            while (i < n && isSpace(s.charAt(i))) {
                i++;
            }
            if (i >= n) {
                break;
            }
            int start = i;
            while (i < n && !isSpace(s.charAt(i))) {
                i++;
            }
            words.add(new Span(start, i));
        }
        return words;
    }

    /** Python's {@code s.split()}. (Every Python space is in the BMP, so a surrogate is never one.) */
    public static List<String> split(String s) {
        List<Span> spans = splitSpans(s);
        List<String> words = new ArrayList<>(spans.size());
        for (Span span : spans) {
            words.add(s.substring(span.start(), span.end()));
        }
        return words;
    }

    /** Python's {@code s.split(sep)}: every piece, empty ones included. */
    public static List<String> split(String s, String sep) {
        if (sep.isEmpty()) {
            throw new IllegalArgumentException("empty separator");
        }
        List<String> pieces = new ArrayList<>();
        int start = 0;
        for (int at = s.indexOf(sep); at >= 0; at = s.indexOf(sep, start)) {
            pieces.add(s.substring(start, at));
            start = at + sep.length();
        }
        pieces.add(s.substring(start));
        return pieces;
    }

    /** Python's {@code s.strip(chars)}. */
    public static String strip(String s, String chars) {
        return rstrip(lstrip(s, chars), chars);
    }

    /** Python's {@code s.lstrip(chars)}. */
    public static String lstrip(String s, String chars) {
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            if (chars.indexOf(cp) < 0) {
                break;
            }
            i += Character.charCount(cp);
        }
        return s.substring(i);
    }

    /** Python's {@code s.rstrip(chars)}. */
    public static String rstrip(String s, String chars) {
        int end = s.length();
        while (end > 0) {
            int cp = s.codePointBefore(end);
            if (chars.indexOf(cp) < 0) {
                break;
            }
            end -= Character.charCount(cp);
        }
        return s.substring(0, end);
    }

    /** {@code s} without any character of {@link #ASCII_PUNCTUATION} (Python's {@code translate} idiom). */
    public static String removeAsciiPunctuation(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 128 && ASCII_PUNCTUATION.indexOf(c) >= 0) {
                if (out == null) {
                    out = new StringBuilder(s.length()).append(s, 0, i);
                }
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? s : out.toString();
    }

    /** Python's {@code s.count(sub)}: non-overlapping, left to right; {@code len(s) + 1} for an empty {@code sub}. */
    public static int count(String s, String sub) {
        if (sub.isEmpty()) {
            return length(s) + 1;
        }
        int n = 0;
        for (int at = s.indexOf(sub); at >= 0; at = s.indexOf(sub, at + sub.length())) {
            n++;
        }
        return n;
    }

    /** Python's {@code s.replace(old, new, 1)}. */
    public static String replaceFirst(String s, String old, String replacement) {
        int at = s.indexOf(old);
        return at < 0 ? s : s.substring(0, at) + replacement + s.substring(at + old.length());
    }

    /** Python's {@code s[from:to]} on code points, with Python's clamping of out-of-range and negative indexes. */
    public static String slice(String s, int from, int to) {
        int n = length(s);
        int start = clampIndex(from, n);
        int end = clampIndex(to, n);
        if (start >= end) {
            return "";
        }
        return s.substring(s.offsetByCodePoints(0, start), s.offsetByCodePoints(0, end));
    }

    private static int clampIndex(int index, int length) {
        if (index < 0) {
            return Math.max(0, length + index);
        }
        return Math.min(index, length);
    }

    /**
     * {@code unicodedata.normalize('NFKD', s)} with every code point above 0x7F dropped: accents come off,
     * compatibility characters are spelled out ({@code ﬁ} becomes {@code fi}) and the rest disappears.
     */
    public static String nfkdAscii(String s) {
        String decomposed = Normalizer.normalize(s, Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (c < 128) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
