package org.tracelab.app.ui.explorer;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.tracelab.core.verify.InstructionVerdict;
import org.tracelab.core.verify.text.Span;

/**
 * Turns the verdicts' evidence spans into non-overlapping marks over the output, so the text view can style each
 * character once: where spans of several instructions overlap, the mark carries every explanation. Spans past
 * the end of the text (a verdict from another text version) are cut at the end.
 */
public final class EvidenceMarks {

    private EvidenceMarks() {}

    public static List<EvidenceMark> of(int textLength, List<InstructionVerdict> verdicts) {
        TreeSet<Integer> bounds = new TreeSet<>();
        List<Located> spans = new ArrayList<>();
        for (InstructionVerdict verdict : verdicts) {
            for (Span span : verdict.evidence()) {
                int start = Math.min(span.start(), textLength);
                int end = Math.min(span.end(), textLength);
                if (end > start) {
                    spans.add(new Located(start, end, verdict.instructionId() + ": " + verdict.explanation()));
                    bounds.add(start);
                    bounds.add(end);
                }
            }
        }
        List<EvidenceMark> marks = new ArrayList<>();
        Integer from = bounds.isEmpty() ? null : bounds.first();
        for (Integer to = from == null ? null : bounds.higher(from); to != null; from = to, to = bounds.higher(to)) {
            List<String> notes = notesOver(spans, from, to);
            if (notes.isEmpty()) {
                continue;
            }
            EvidenceMark last = marks.isEmpty() ? null : marks.get(marks.size() - 1);
            if (last != null && last.end() == from && last.notes().equals(notes)) {
                marks.set(marks.size() - 1, new EvidenceMark(last.start(), to, notes));
            } else {
                marks.add(new EvidenceMark(from, to, notes));
            }
        }
        return marks;
    }

    private static List<String> notesOver(List<Located> spans, int from, int to) {
        List<String> notes = new ArrayList<>();
        for (Located span : spans) {
            if (span.start() <= from && span.end() >= to && !notes.contains(span.note())) {
                notes.add(span.note());
            }
        }
        return notes;
    }

    private record Located(int start, int end, String note) {}
}
