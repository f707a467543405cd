package org.tracelab.app.ui.explorer;

import java.util.List;

/**
 * A stretch {@code [start, end)} of an attempt's output that breaks one or more instructions, with one line per
 * broken instruction ("punctuation:no_comma: found 1 comma; …") for the hover text.
 */
public record EvidenceMark(int start, int end, List<String> notes) {

    public EvidenceMark {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad mark [" + start + ", " + end + ")");
        }
        notes = List.copyOf(notes);
    }

    public boolean contains(int index) {
        return index >= start && index < end;
    }
}
