package org.tracelab.app.ui.explorer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.tracelab.app.ui.Styles;

/**
 * The styles of an attempt's output, as a pure function of its text: the evidence marks, and the hits of the
 * explorer's full-text search phrase (its words in order, any case, separated by anything that is not a letter or
 * digit, as the store's full-text index matches them). Where both cover a character it carries both classes.
 */
public final class OutputHighlighting {

    /** Marks shorter than this grow to their whole word, so a lone comma or capital is seen at a glance. */
    static final int SHORTEST_MARK = 3;

    private OutputHighlighting() {}

    /** The style spans over {@code text}; {@code phrase} may be null (no search). */
    public static StyleSpans<Collection<String>> of(String text, List<EvidenceMark> marks, String phrase) {
        List<Range> ranges = new ArrayList<>();
        marks.forEach(mark -> ranges.add(new Range(mark.start(), mark.end(), Styles.EVIDENCE)));
        hits(text, phrase).forEach(ranges::add);
        TreeSet<Integer> bounds = new TreeSet<>(List.of(0, text.length()));
        ranges.forEach(range -> {
            bounds.add(range.start());
            bounds.add(range.end());
        });
        StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>();
        Integer from = bounds.first();
        for (Integer to = bounds.higher(from); to != null; from = to, to = bounds.higher(to)) {
            List<String> classes = new ArrayList<>();
            for (Range range : ranges) {
                if (range.start() <= from && range.end() >= to && !classes.contains(range.styleClass())) {
                    classes.add(range.styleClass());
                }
            }
            spans.add(classes, to - from);
        }
        if (text.isEmpty()) {
            spans.add(List.of(), 0);
        }
        return spans.create();
    }

    /** The phrase's hits in {@code text}, in order; none for a blank phrase. */
    static List<Range> hits(String text, String phrase) {
        List<Range> hits = new ArrayList<>();
        if (phrase == null || phrase.isBlank()) {
            return hits;
        }
        List<String> words = List.of(phrase.strip().split("[^\\p{L}\\p{N}]+"));
        List<String> quoted = words.stream()
                .filter(word -> !word.isEmpty())
                .map(Pattern::quote)
                .toList();
        if (quoted.isEmpty()) {
            return hits;
        }
        Pattern pattern = Pattern.compile(
                String.join("[^\\p{L}\\p{N}]+", quoted), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            if (matcher.end() > matcher.start()) {
                hits.add(new Range(matcher.start(), matcher.end(), Styles.SEARCH_HIT));
            }
        }
        return hits;
    }

    /**
     * The marks with each one shorter than {@value #SHORTEST_MARK} characters grown to the word around it (the
     * run of non-space characters), and marks that then overlap joined, their notes kept once each.
     */
    public static List<EvidenceMark> widened(String text, List<EvidenceMark> marks) {
        List<EvidenceMark> grown = new ArrayList<>();
        for (EvidenceMark mark : marks) {
            int start = mark.start();
            int end = Math.min(mark.end(), text.length());
            if (end - start < SHORTEST_MARK) {
                while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
                    start--;
                }
                while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
                    end++;
                }
            }
            if (end <= start) {
                continue;
            }
            EvidenceMark last = grown.isEmpty() ? null : grown.get(grown.size() - 1);
            if (last != null && start < last.end()) {
                List<String> notes = new ArrayList<>(last.notes());
                mark.notes().stream().filter(note -> !notes.contains(note)).forEach(notes::add);
                grown.set(
                        grown.size() - 1,
                        new EvidenceMark(Math.min(start, last.start()), Math.max(end, last.end()), notes));
            } else {
                grown.add(new EvidenceMark(start, end, mark.notes()));
            }
        }
        return grown;
    }

    /** Characters {@code [start, end)} styled with {@code styleClass}. */
    record Range(int start, int end, String styleClass) {
        Range {
            if (start < 0 || end < start) {
                throw new IllegalArgumentException("bad range [" + start + ", " + end + ")");
            }
        }
    }
}
