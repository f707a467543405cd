package org.tracelab.core.verify.lang;

import com.cybozu.labs.langdetect.util.NGram;
import java.util.regex.Pattern;

/**
 * The text preparation of langdetect's {@code Detector.append(String)} followed by its {@code cleaningText()},
 * writing into a caller-owned buffer instead of a {@code StringBuffer}. Each step guards the jar's regex
 * work with a cheap scan that proves the regex cannot match, which leaves the result unchanged.
 */
final class DetectorText {

    /** {@code Detector.max_text_length}: characters of the input considered. */
    static final int MAX_LENGTH = 10_000;

    /** The jar's {@code Detector.URL_REGEX}. */
    private static final Pattern URL = Pattern.compile("https?://[-_.?&~;+=/#0-9A-Za-z]{1,2076}");
    /** The jar's {@code Detector.MAIL_REGEX}. */
    private static final Pattern MAIL =
            Pattern.compile("[-_.0-9A-Za-z]{1,64}@[-_0-9A-Za-z]{1,255}[-_.0-9A-Za-z]{1,255}");

    /** The combining marks {@code NGram.normalize_vi} folds (its {@code DMARK_CLASS}) lie in this range. */
    private static final char FIRST_VI_MARK = '\u0300';

    private static final char LAST_VI_MARK = '\u0323';

    /** {@code Character.UnicodeBlock.LATIN_EXTENDED_ADDITIONAL}, whose letters cleaning counts as Latin. */
    static final char FIRST_LATIN_EXTENDED_ADDITIONAL = '\u1E00';

    static final char LAST_LATIN_EXTENDED_ADDITIONAL = '\u1EFF';

    private DetectorText() {}

    /**
     * Prepares {@code text} as {@code Detector} does before extracting n-grams and returns the prepared length
     * in {@code out}, which must hold {@link #MAX_LENGTH} chars.
     */
    static int prepare(String text, char[] out) {
        String cleaned = removeUrlsAndMails(text);
        if (containsVietnameseMark(cleaned)) {
            cleaned = NGram.normalize_vi(cleaned);
        }
        int length = collapseSpaces(cleaned, out);
        return dropLatinIfMostlyNonLatin(out, length);
    }

    /** Each URL and e-mail address becomes one space. */
    private static String removeUrlsAndMails(String text) {
        String result = text;
        if (result.contains("http")) {
            result = URL.matcher(result).replaceAll(" ");
        }
        if (result.indexOf('@') >= 0) {
            result = MAIL.matcher(result).replaceAll(" ");
        }
        return result;
    }

    private static boolean containsVietnameseMark(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= FIRST_VI_MARK && c <= LAST_VI_MARK) {
                return true;
            }
        }
        return false;
    }

    /** {@code append}: at most {@link #MAX_LENGTH} input chars, runs of spaces (only U+0020) kept once. */
    private static int collapseSpaces(String text, char[] out) {
        int limit = Math.min(text.length(), MAX_LENGTH);
        int length = 0;
        char previous = 0;
        for (int i = 0; i < limit; i++) {
            char c = text.charAt(i);
            if (c != ' ' || previous != ' ') {
                out[length++] = c;
            }
            previous = c;
        }
        return length;
    }

    /** {@code cleaningText}: when non-Latin letters outnumber twice the ASCII-range ones, drop the latter. */
    private static int dropLatinIfMostlyNonLatin(char[] text, int length) {
        int latin = 0;
        int nonLatin = 0;
        for (int i = 0; i < length; i++) {
            char c = text[i];
            if (isAsciiLatinRange(c)) {
                latin++;
            } else if (c >= '\u0300' && !isLatinExtendedAdditional(c)) {
                nonLatin++;
            }
        }
        if (latin * 2 >= nonLatin) {
            return length;
        }
        int kept = 0;
        for (int i = 0; i < length; i++) {
            char c = text[i];
            if (!isAsciiLatinRange(c)) {
                text[kept++] = c;
            }
        }
        return kept;
    }

    /** The jar's test {@code 'A' <= c <= 'z'}, which includes {@code [\]^_`}. */
    private static boolean isAsciiLatinRange(char c) {
        return c >= 'A' && c <= 'z';
    }

    private static boolean isLatinExtendedAdditional(char c) {
        return c >= FIRST_LATIN_EXTENDED_ADDITIONAL && c <= LAST_LATIN_EXTENDED_ADDITIONAL;
    }
}
