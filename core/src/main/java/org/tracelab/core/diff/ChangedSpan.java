package org.tracelab.core.diff;

import java.util.Objects;

/** A half-open char range {@code [start, end)} of one side's text that differs from the other side. */
public record ChangedSpan(int start, int end, ChangeKind kind) {

    public ChangedSpan {
        Objects.requireNonNull(kind, "kind");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad changed span [" + start + ", " + end + ")");
        }
    }

    public String of(String text) {
        return text.substring(start, end);
    }
}
