package org.tracelab.app.ui.pairs;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.tracelab.app.ui.Styles;
import org.tracelab.app.ui.explorer.EvidenceMark;
import org.tracelab.core.diff.ChangedSpan;

/**
 * One answer's styles in the Pairs view: its side of the word diff ({@code changedClass} over the changed words), and
 * {@link Styles#EVIDENCE} over each stretch that breaks an instruction, the two combined where they overlap.
 */
final class PairHighlighting {

    private PairHighlighting() {}

    /** Style spans covering {@code [0, textLength)}; call only for a non-empty text. */
    static StyleSpans<Collection<String>> of(
            int textLength, List<ChangedSpan> changed, String changedClass, List<EvidenceMark> evidence) {
        return spans(
                        textLength,
                        changed.stream()
                                .map(s -> new int[] {s.start(), s.end()})
                                .toList(),
                        changedClass)
                .overlay(
                        spans(
                                textLength,
                                evidence.stream()
                                        .map(m -> new int[] {m.start(), m.end()})
                                        .toList(),
                                Styles.EVIDENCE),
                        PairHighlighting::union);
    }

    private static StyleSpans<Collection<String>> spans(int textLength, List<int[]> ranges, String styleClass) {
        StyleSpansBuilder<Collection<String>> builder = new StyleSpansBuilder<>();
        int at = 0;
        for (int[] range : ranges) {
            int start = Math.min(Math.max(range[0], at), textLength);
            int end = Math.min(range[1], textLength);
            if (end <= start) {
                continue;
            }
            if (start > at) {
                builder.add(Collections.emptyList(), start - at);
            }
            builder.add(List.of(styleClass), end - start);
            at = end;
        }
        builder.add(Collections.emptyList(), textLength - at);
        return builder.create();
    }

    private static Collection<String> union(Collection<String> a, Collection<String> b) {
        if (a.isEmpty()) {
            return b;
        }
        if (b.isEmpty()) {
            return a;
        }
        List<String> both = new ArrayList<>(a);
        both.addAll(b);
        return both;
    }
}
