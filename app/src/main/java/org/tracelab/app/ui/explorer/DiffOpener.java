package org.tracelab.app.ui.explorer;

import org.tracelab.core.trace.TaskRecord;
import org.tracelab.storage.StoredAttempt;

/** Opens the diff of two attempts of a task (the Diff button and the {@code D} key); wired by the shell. */
@FunctionalInterface
public interface DiffOpener {

    DiffOpener NONE = (task, left, right) -> { };

    /** Called on the FX thread with attempts already loaded; must not do I/O itself. */
    void open(TaskRecord task, StoredAttempt left, StoredAttempt right);
}
