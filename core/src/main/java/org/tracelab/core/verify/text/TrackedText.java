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
        int capacity = Math.max(16, (to - from) * 2 + 8);
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

    /** Replaces every non-overlapping match of {@code pattern}, left to right, as Python's {@code re.sub}. */
    void replaceAll(Pattern pattern, Replacement replacement) {
        Matcher matcher = pattern.matcher(this);
        if (!matcher.find()) {
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
            while (i < length && PythonStrings.isSpace(codePointAt(i))) {
                i += Character.charCount(codePointAt(i));
            }
            if (i >= length) {
                break;
            }
            int begin = i;
            int start = Integer.MAX_VALUE;
            int end = NO_SOURCE;
            while (i < length && !PythonStrings.isSpace(codePointAt(i))) {
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

    private int codePointAt(int index) {
        return Character.codePointAt(chars, index, length);
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

    /** The right-hand side of one substitution rule. */
    @FunctionalInterface
    interface Replacement {
        void appendTo(TrackedText text, Matcher match);
    }
}
