package org.tracelab.core.verify.lang;

import com.cybozu.labs.langdetect.util.NGram;

/**
 * langdetect's {@code Detector.extractNGrams} with its {@code NGram} window, producing profile ids instead
 * of substrings. Per char: normalise it, slide a window of at most three chars that restarts after a space,
 * and, unless the window sits in an all-capitals word, emit the 1-, 2- and 3-gram ending at the char that
 * some profile contains, in that order (the order matters: the detector samples by position).
 */
final class NGramExtractor {

    /**
     * {@code NGram.normalize(c)} for every UTF-16 unit, computed once from the jar itself so that its
     * Unicode-block rules and CJK/Latin tables (and the running JDK's block data) apply unchanged.
     */
    private static final char[] NORMALIZED = normalizationTable();

    private NGramExtractor() {}

    private static char[] normalizationTable() {
        char[] table = new char[Character.MAX_VALUE + 1];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            table[c] = NGram.normalize((char) c);
        }
        return table;
    }

    static char normalize(char c) {
        return NORMALIZED[c];
    }

    /**
     * Writes the ids of the known n-grams of {@code text[0, length)} into {@code out} (which must hold
     * {@code 3 * length} ids) and returns how many there are.
     */
    static int extract(char[] text, int length, NGramIndex index, int[] out) {
        int count = 0;
        // The window, oldest first: NGram.grams_ starts as " " and never exceeds three chars.
        char first = 0;
        char second = 0;
        char last = ' ';
        int size = 1;
        boolean capitalWord = false;
        for (int i = 0; i < length; i++) {
            char c = NORMALIZED[text[i]];
            char previous = last;
            if (previous == ' ') {
                size = 1;
                capitalWord = false;
                if (c == ' ') {
                    continue;
                }
            } else if (size == 3) {
                size = 2;
            }
            first = second;
            second = last;
            last = c;
            size++;
            if (Character.isUpperCase(c)) {
                if (Character.isUpperCase(previous)) {
                    capitalWord = true;
                }
            } else {
                capitalWord = false;
            }
            if (capitalWord) {
                continue;
            }
            if (c != ' ') {
                count = add(index.idOf(NGramIndex.key(c)), out, count);
            }
            count = add(index.idOf(NGramIndex.key(second, c)), out, count);
            if (size == 3) {
                count = add(index.idOf(NGramIndex.key(first, second, c)), out, count);
            }
        }
        return count;
    }

    private static int add(int id, int[] out, int count) {
        if (id == NGramIndex.ABSENT) {
            return count;
        }
        out[count] = id;
        return count + 1;
    }
}
