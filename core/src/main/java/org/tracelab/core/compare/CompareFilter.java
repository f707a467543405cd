package org.tracelab.core.compare;

import java.util.Set;
import java.util.function.Predicate;

/**
 * Which rows of a comparison to show. Empty sets and null mean "no restriction"; restrictions combine with AND.
 *
 * @param changes the strict changes kept, e.g. {FIXED, BROKEN} for "only flips"
 * @param instructionId keep tasks that list this instruction
 * @param flags keep tasks where a final attempt on either side carries one of these flags
 */
public record CompareFilter(Set<TaskChange> changes, String instructionId, Set<String> flags)
        implements Predicate<TaskRow> {

    public static final CompareFilter ALL = new CompareFilter(Set.of(), null, Set.of());

    public CompareFilter {
        changes = Set.copyOf(changes);
        flags = Set.copyOf(flags);
        instructionId = instructionId == null || instructionId.isBlank() ? null : instructionId.strip();
    }

    /** Only the tasks whose verdict flipped. */
    public static CompareFilter flips() {
        return ALL.withChanges(Set.of(TaskChange.FIXED, TaskChange.BROKEN));
    }

    public CompareFilter withChanges(Set<TaskChange> values) {
        return new CompareFilter(values, instructionId, flags);
    }

    public CompareFilter withInstruction(String id) {
        return new CompareFilter(changes, id, flags);
    }

    public CompareFilter withFlags(Set<String> values) {
        return new CompareFilter(changes, instructionId, values);
    }

    @Override
    public boolean test(TaskRow row) {
        if (!changes.isEmpty() && !changes.contains(row.change())) {
            return false;
        }
        if (instructionId != null && !row.hasInstruction(instructionId)) {
            return false;
        }
        return flags.isEmpty()
                || flags.stream()
                        .anyMatch(f ->
                                row.a().flags().contains(f) || row.b().flags().contains(f));
    }
}
