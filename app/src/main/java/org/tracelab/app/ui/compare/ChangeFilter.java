package org.tracelab.app.ui.compare;

import java.util.EnumSet;
import java.util.Set;
import org.tracelab.core.compare.TaskChange;

/** The Compare section's row filters by how a task's strict verdict went from A to B. */
public enum ChangeFilter {
    ALL("All", EnumSet.allOf(TaskChange.class)),
    FLIPS("Flips", EnumSet.of(TaskChange.FIXED, TaskChange.BROKEN)),
    FIXED("Fixed", EnumSet.of(TaskChange.FIXED)),
    BROKEN("Broken", EnumSet.of(TaskChange.BROKEN)),
    STABLE_PASS("Stable pass", EnumSet.of(TaskChange.STABLE_PASS)),
    STABLE_FAIL("Stable fail", EnumSet.of(TaskChange.STABLE_FAIL));

    private final String label;
    private final Set<TaskChange> changes;

    ChangeFilter(String label, Set<TaskChange> changes) {
        this.label = label;
        this.changes = changes;
    }

    public String label() {
        return label;
    }

    /** The changes this filter keeps. */
    public Set<TaskChange> changes() {
        return changes;
    }
}
