package org.tracelab.core.verify.declarative;

import java.util.ArrayList;
import java.util.List;
import org.tracelab.core.verify.text.PythonStrings;
import org.tracelab.core.verify.text.Span;

/**
 * Lines, paragraphs and characters as the declarative rules count them. Line breaks are {@code \n},
 * {@code \r\n} or a lone {@code \r}, so a response with Windows line ends counts the same as one without.
 */
final class TextUnits {

    private TextUnits() {}

    /**
     * The lines of {@code text} without their line breaks; a final line break does not start another line,
     * so {@code "a\nb\n"} has two lines and {@code ""} none.
     */
    static List<Span> lines(String text) {
        List<Span> lines = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(new Span(start, i));
                i += c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n' ? 2 : 1;
                start = i;
            } else {
                i++;
            }
        }
        if (start < text.length()) {
            lines.add(new Span(start, text.length()));
        }
        return lines;
    }

    /**
     * The paragraphs: runs of non-blank lines, separated by one or more blank lines (empty or only whitespace);
     * each span runs from its first to its last non-space character.
     */
    static List<Span> paragraphs(String text) {
        List<Span> paragraphs = new ArrayList<>();
        int start = -1;
        int end = -1;
        for (Span line : lines(text)) {
            String content = line.of(text);
            if (PythonStrings.isBlank(content)) {
                if (start >= 0) {
                    paragraphs.add(new Span(start, end));
                    start = -1;
                }
                continue;
            }
            int first = line.start() + PythonStrings.stripStart(content);
            int last = line.start() + PythonStrings.stripEnd(content, 0);
            if (start < 0) {
                start = first;
            }
            end = last;
        }
        if (start >= 0) {
            paragraphs.add(new Span(start, end));
        }
        return paragraphs;
    }

    /** Unicode code points, a {@code \r\n} counting as one; whitespace left out when {@code ignoreWhitespace}. */
    static int characters(String text, boolean ignoreWhitespace) {
        int count = 0;
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int width = Character.charCount(cp);
            boolean crlf = cp == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n';
            if (!(ignoreWhitespace && PythonStrings.isSpace(cp))) {
                count++;
            }
            i += crlf ? 2 : width;
        }
        return count;
    }

    /** The offset where the {@code n}-th counted character (from 0) starts, or the text's length. */
    static int offsetOfCharacter(String text, boolean ignoreWhitespace, int n) {
        int count = 0;
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            boolean crlf = cp == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n';
            if (!(ignoreWhitespace && PythonStrings.isSpace(cp))) {
                if (count == n) {
                    return i;
                }
                count++;
            }
            i += crlf ? 2 : Character.charCount(cp);
        }
        return text.length();
    }
}
