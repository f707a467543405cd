package org.tracelab.app.ui.diff;

import org.tracelab.core.diff.InstructionChange;
import org.tracelab.core.diff.VerdictChange;

/** One instruction's verdict change between the two attempts, as the Diff view's table shows it. */
public record VerdictChangeRow(int index, String instructionId, VerdictChange strict, VerdictChange loose) {

    static VerdictChangeRow of(InstructionChange change) {
        return new VerdictChangeRow(change.index(), change.instructionId(), change.strict(), change.loose());
    }

    public String strictLabel() {
        return strict.label();
    }

    public String looseLabel() {
        return loose.label();
    }
}
