package org.tracelab.core.verify.text;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A text being rewritten by a chain of regex substitutions, where every character remembers which
 * characters of the original text it stands for. Inserted padding spaces stand for nothing
 * ({@link #NO_SOURCE}); a rewritten literal (a {@code "} that became {@code ``}) stands for the characters
 * it replaced. Single-threaded and mutable; one instance per tokenization.
 */
final class TrackedText implements CharSequence {

    static final int NO_SOURCE = -1;

    private char[] chars;
    private int[] sourceStarts;
    private int[] sourceEnds;
    private int length;

    private char[] nextChars;
    private int[] nextStarts;
    private int[] nextEnds;
    private int nextLength;

    /** Tracks {@code text[from, to)}, with source offsets relative to the whole {@code text}. */
    TrackedText(String text, int from, int to) {
        int capacity = (to - from) * 3 / 2 + 16;
        chars = new char[capacity];
        sourceStarts = new int[capacity];
        sourceEnds = new int[capacity];
        nextChars = new char[capacity];
        nextStarts = new int[capacity];
        nextEnds = new int[capacity];
        text.getChars(from, to, chars, 0);
        for (int i = 0; i < to - from; i++) {
            sourceStarts[i] = from + i;
            sourceEnds[i] = from + i + 1;
        }
        length = to - from;
    }

    /**
     * Replaces every non-overlapping match of {@code pattern}, left to right, as Python's {@code re.sub};
     * no match can start before {@code searchFrom}.
     */
    void replaceAll(Pattern pattern, Replacement replacement, int searchFrom) {
        Matcher matcher = pattern.matcher(this);
        if (!matcher.find(searchFrom)) {
            return;
        }
        nextLength = 0;
        int copied = 0;
        do {
            copy(copied, matcher.start());
            replacement.appendTo(this, matcher);
            copied = matcher.end();
        } while (matcher.find());
        copy(copied, length);
        swap();
    }

    /** True when some character of the text is in {@code set}. */
    boolean containsAnyOf(CharSet set) {
        for (int i = 0; i < length; i++) {
            if (set.contains(chars[i])) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the text may contain {@code lowerWord} (ASCII) case-insensitively: every character that
     * Java's Unicode case-insensitive matching could equate with a letter of the word is accepted.
     */
    boolean mayContainIgnoringCase(String lowerWord) {
        int last = length - lowerWord.length();
        for (int i = 0; i <= last; i++) {
            int k = 0;
            while (k < lowerWord.length() && foldsTo(chars[i + k], lowerWord.charAt(k))) {
                k++;
            }
            if (k == lowerWord.length()) {
                return true;
            }
        }
        return false;
    }

    private static boolean foldsTo(char c, char lower) {
        if (c < 128) {
            return c == lower || (c >= 'A' && c <= 'Z' && c + ('a' - 'A') == lower);
        }
        return Character.toLowerCase(c) == lower || Character.toLowerCase(Character.toUpperCase(c)) == lower;
    }

    int lastIndexOf(char c) {
        for (int i = length - 1; i >= 0; i--) {
            if (chars[i] == c) {
                return i;
            }
        }
        return -1;
    }

    /** Surrounds the text with one padding space on each side. */
    void pad() {
        nextLength = 0;
        appendSpace();
        copy(0, length);
        appendSpace();
        swap();
    }

    /** Python's {@code str.split()}: appends the runs of non-space characters with their source ranges. */
    void splitOnSpaces(List<WordTokenizer.Token> out) {
        int i = 0;
        while (i < length) {
            while (i < length && isSpaceAt(i)) {
                i++;
            }
            if (i >= length) {
                break;
            }
            int begin = i;
            int start = Integer.MAX_VALUE;
            int end = NO_SOURCE;
            while (i < length && !isSpaceAt(i)) {
                if (sourceStarts[i] != NO_SOURCE) {
                    start = Math.min(start, sourceStarts[i]);
                    end = Math.max(end, sourceEnds[i]);
                }
                i++;
            }
            out.add(new WordTokenizer.Token(new String(chars, begin, i - begin), start, end));
        }
    }

    void appendGroup(Matcher matcher, int group) {
        copy(matcher.start(group), matcher.end(group));
    }

    void appendSpace() {
        ensureNextCapacity(1);
        nextChars[nextLength] = ' ';
        nextStarts[nextLength] = NO_SOURCE;
        nextEnds[nextLength] = NO_SOURCE;
        nextLength++;
    }

    /**
     * Appends {@code literal} standing for the characters of {@code group}: position by position when the
     * lengths agree, otherwise every literal character stands for the whole group.
     */
    void appendLiteral(String literal, Matcher matcher, int group) {
        int from = matcher.start(group);
        int to = matcher.end(group);
        ensureNextCapacity(literal.length());
        int start = Integer.MAX_VALUE;
        int end = NO_SOURCE;
        for (int k = from; k < to; k++) {
            if (sourceStarts[k] != NO_SOURCE) {
                start = Math.min(start, sourceStarts[k]);
                end = Math.max(end, sourceEnds[k]);
            }
        }
        boolean positional = literal.length() == to - from;
        for (int k = 0; k < literal.length(); k++) {
            nextChars[nextLength] = literal.charAt(k);
            nextStarts[nextLength] = positional ? sourceStarts[from + k] : (end == NO_SOURCE ? NO_SOURCE : start);
            nextEnds[nextLength] = positional ? sourceEnds[from + k] : end;
            nextLength++;
        }
    }

    private void copy(int from, int to) {
        int n = to - from;
        ensureNextCapacity(n);
        System.arraycopy(chars, from, nextChars, nextLength, n);
        System.arraycopy(sourceStarts, from, nextStarts, nextLength, n);
        System.arraycopy(sourceEnds, from, nextEnds, nextLength, n);
        nextLength += n;
    }

    private void ensureNextCapacity(int extra) {
        int needed = nextLength + extra;
        if (needed > nextChars.length) {
            int capacity = Math.max(needed, nextChars.length * 2);
            nextChars = Arrays.copyOf(nextChars, capacity);
            nextStarts = Arrays.copyOf(nextStarts, capacity);
            nextEnds = Arrays.copyOf(nextEnds, capacity);
        }
    }

    private void swap() {
        char[] c = chars;
        chars = nextChars;
        nextChars = c;
        int[] s = sourceStarts;
        sourceStarts = nextStarts;
        nextStarts = s;
        int[] e = sourceEnds;
        sourceEnds = nextEnds;
        nextEnds = e;
        length = nextLength;
        nextLength = 0;
    }

    /** Python's whitespace is all in the BMP, so a surrogate is never a space. */
    private boolean isSpaceAt(int index) {
        char c = chars[index];
        if (c < 128) {
            return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1C && c <= 0x1F);
        }
        return PythonStrings.isSpace(c);
    }

    @Override
    public int length() {
        return length;
    }

    @Override
    public char charAt(int index) {
        if (index >= length) {
            throw new IndexOutOfBoundsException(index);
        }
        return chars[index];
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return new String(chars, start, end - start);
    }

    @Override
    public String toString() {
        return new String(chars, 0, length);
    }

    /** A set of characters with a table for ASCII, for scans that run once per rule over the text. */
    static final class CharSet {
        private final boolean[] ascii = new boolean[128];
        private final String others;

        CharSet(String chars) {
            StringBuilder nonAscii = new StringBuilder();
            for (char c : chars.toCharArray()) {
                if (c < 128) {
                    ascii[c] = true;
                } else {
                    nonAscii.append(c);
                }
            }
            others = nonAscii.toString();
        }

        boolean contains(char c) {
            return c < 128 ? ascii[c] : others.indexOf(c) >= 0;
        }
    }

    /** The right-hand side of one substitution rule. */
    @FunctionalInterface
    interface Replacement {
        void appendTo(TrackedText text, Matcher match);
    }
}
