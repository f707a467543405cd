package org.tracelab.core.verify.text.punkt;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.tracelab.core.verify.text.NltkVersion;
import org.tracelab.core.verify.text.PythonStrings;
import org.tracelab.core.verify.text.Span;

/**
 * Finds sentence spans the way NLTK's {@code PunktSentenceTokenizer.span_tokenize} does (3.8 or 3.10): only candidate
 * end characters are examined, each with the word before it and the token after it, and closing quotes or
 * brackets after a break are moved back into the sentence they close. Immutable and thread-safe.
 */
final class PunktBoundaries {

    /** Python's {@code string.whitespace}, which NLTK uses (not Unicode spaces) to find the word before a candidate. */
    private static final String ASCII_WHITESPACE = " \t\n\r\u000B\f";

    private final PunktAnnotator annotator;
    private final PunktPatterns patterns;

    PunktBoundaries(PunktParameters params, NltkVersion version) {
        this.patterns = PunktPatterns.of(version);
        this.annotator = new PunktAnnotator(params, patterns);
    }

    List<Span> sentences(String text) {
        IntPairs slices = slices(text);
        return realign(text, slices);
    }

    /**
     * Sentence slices before realignment. Candidates whose preceding word overlaps the next candidate's
     * (as in {@code acting!!!}) are dropped in favour of the last one of the run.
     */
    private IntPairs slices(String text) {
        IntPairs slices = new IntPairs();
        int lastBreak = 0;
        Matcher match = patterns.periodContext.matcher(text);
        boolean pending = false;
        int pendingEnd = 0;
        int pendingContextEnd = 0;
        int pendingNextToken = -1;
        int wordStart = 0;
        int wordEnd = 0;
        while (match.find()) {
            int previousWordStart = wordStart;
            int previousWordEnd = wordEnd;
            int start = lastAsciiWhitespace(text, previousWordEnd, match.start());
            wordStart = start > 0 ? start + 1 : previousWordStart;
            wordEnd = match.start();
            if (pending && previousWordEnd <= wordStart) {
                lastBreak = decide(
                        text, slices, lastBreak, previousWordStart, pendingEnd, pendingContextEnd, pendingNextToken);
            }
            pending = true;
            pendingEnd = match.end();
            pendingContextEnd = match.end(PunktPatterns.AFTER_TOKEN);
            pendingNextToken = match.start(PunktPatterns.NEXT_TOKEN);
        }
        if (pending) {
            lastBreak = decide(text, slices, lastBreak, wordStart, pendingEnd, pendingContextEnd, pendingNextToken);
        }
        // The last sentence has no trailing whitespace.
        slices.add(lastBreak, PythonStrings.stripEnd(text, 0));
        return slices;
    }

    /** Adds a slice when the candidate's context holds a break; returns where the next sentence starts. */
    private int decide(
            String text,
            IntPairs slices,
            int lastBreak,
            int contextStart,
            int candidateEnd,
            int contextEnd,
            int nextTokenStart) {
        if (!annotator.containsSentenceBreak(text, contextStart, contextEnd)) {
            return lastBreak;
        }
        slices.add(lastBreak, candidateEnd);
        return nextTokenStart >= 0 ? nextTokenStart : candidateEnd;
    }

    /**
     * Position of the last ASCII whitespace in {@code text[from, to)}, or 0 when there is none or it is at
     * {@code from} itself (NLTK cannot tell index 0 from "not found").
     */
    private static int lastAsciiWhitespace(String text, int from, int to) {
        for (int i = to - 1; i > from; i--) {
            if (ASCII_WHITESPACE.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return 0;
    }

    /** Moves closing punctuation at the start of a slice to the end of the slice before it. */
    private List<Span> realign(String text, IntPairs slices) {
        int count = slices.size();
        List<Span> sentences = new ArrayList<>(count);
        Matcher closing = patterns.boundaryRealignment.matcher(text);
        int shift = 0;
        for (int i = 0; i < count; i++) {
            int start = slices.start(i) + shift;
            int end = slices.end(i);
            shift = 0;
            if (i + 1 < count) {
                int nextStart = slices.start(i + 1);
                closing.region(nextStart, slices.end(i + 1));
                if (closing.lookingAt()) {
                    sentences.add(new Span(
                            start,
                            nextStart + closing.group(PunktPatterns.CLOSING).length()));
                    shift = closing.end() - nextStart;
                    continue;
                }
            }
            if (start < end) {
                sentences.add(new Span(start, end));
            }
        }
        return sentences;
    }

    /** A growable list of (start, end) pairs without boxing. */
    private static final class IntPairs {
        private int[] values = new int[16];
        private int size;

        void add(int start, int end) {
            if (2 * size + 2 > values.length) {
                values = java.util.Arrays.copyOf(values, values.length * 2);
            }
            values[2 * size] = start;
            values[2 * size + 1] = end;
            size++;
        }

        int size() {
            return size;
        }

        int start(int i) {
            return values[2 * i];
        }

        int end(int i) {
            return values[2 * i + 1];
        }
    }
}
