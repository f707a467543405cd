package org.tracelab.core.diff;

import java.util.ArrayList;
import java.util.List;
import org.tracelab.core.verify.InstructionVerdict;

/** Per instruction, how the verdicts moved between two attempts of one task. */
public final class VerdictChanges {

    private VerdictChanges() {}

    /**
     * One change per instruction, in instruction order. Empty when either attempt was not verified (it has no
     * verdicts): there is nothing to compare.
     *
     * @throws IllegalArgumentException when both were verified but not against the same instructions, which
     *                                  means the attempts belong to different tasks
     */
    public static List<InstructionChange> between(List<InstructionVerdict> left, List<InstructionVerdict> right) {
        if (left.isEmpty() || right.isEmpty()) {
            return List.of();
        }
        if (left.size() != right.size()) {
            throw new IllegalArgumentException("cannot compare verdicts: the left attempt has " + left.size()
                    + " instructions, the right one " + right.size());
        }
        List<InstructionChange> changes = new ArrayList<>(left.size());
        for (int i = 0; i < left.size(); i++) {
            InstructionVerdict before = left.get(i);
            InstructionVerdict after = right.get(i);
            if (!before.instructionId().equals(after.instructionId())) {
                throw new IllegalArgumentException("cannot compare verdicts: instruction " + i + " is "
                        + before.instructionId() + " on the left but " + after.instructionId() + " on the right");
            }
            changes.add(new InstructionChange(
                    before.index(),
                    before.instructionId(),
                    VerdictChange.of(before.strict(), after.strict()),
                    VerdictChange.of(before.loose(), after.loose())));
        }
        return changes;
    }
}
