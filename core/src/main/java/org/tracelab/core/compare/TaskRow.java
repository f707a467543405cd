package org.tracelab.core.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One task present on both sides.
 *
 * @param key the task key
 * @param a side A's chains of the task
 * @param b side B's chains of the task
 */
public record TaskRow(String key, SideTask a, SideTask b) {

    /** How the prompt-level strict verdict goes from A to B. */
    public TaskChange change() {
        return TaskChange.of(a.strict(), b.strict());
    }

    /** How the prompt-level loose verdict goes from A to B. */
    public TaskChange looseChange() {
        return TaskChange.of(a.loose(), b.loose());
    }

    /** Per instruction the two sides have (matched by index and id), in index order. */
    public List<InstructionChange> instructionChanges() {
        Map<Integer, InstructionTally> onB = new HashMap<>();
        b.instructionTallies().forEach(t -> onB.put(t.index(), t));
        List<InstructionChange> changes = new ArrayList<>();
        for (InstructionTally x : a.instructionTallies()) {
            InstructionTally y = onB.get(x.index());
            if (y != null && y.instructionId().equals(x.instructionId())) {
                changes.add(new InstructionChange(
                        x.index(), x.instructionId(), x.strict(), y.strict(), x.loose(), y.loose()));
            }
        }
        return changes;
    }

    /** Whether the task lists the instruction on either side. */
    public boolean hasInstruction(String instructionId) {
        return a.instructionTallies().stream().anyMatch(t -> t.instructionId().equals(instructionId))
                || b.instructionTallies().stream()
                        .anyMatch(t -> t.instructionId().equals(instructionId));
    }
}
