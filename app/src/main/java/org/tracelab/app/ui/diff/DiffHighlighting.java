package org.tracelab.app.ui.diff;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.tracelab.core.diff.ChangedSpan;

/** Turns one side's changed spans into RichTextFX style spans: the changed words get {@code styleClass}. */
final class DiffHighlighting {

    private DiffHighlighting() {}

    /** Style spans covering {@code [0, textLength)}; call only for a non-empty text. */
    static StyleSpans<Collection<String>> of(int textLength, List<ChangedSpan> spans, String styleClass) {
        StyleSpansBuilder<Collection<String>> builder = new StyleSpansBuilder<>();
        List<String> changed = List.of(styleClass);
        int at = 0;
        for (ChangedSpan span : spans) {
            if (span.start() > at) {
                builder.add(Collections.emptyList(), span.start() - at);
            }
            builder.add(changed, span.end() - span.start());
            at = span.end();
        }
        builder.add(Collections.emptyList(), textLength - at);
        return builder.create();
    }
}
