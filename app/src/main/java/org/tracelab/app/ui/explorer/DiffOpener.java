package org.tracelab.app.ui.explorer;

import java.util.List;
import org.tracelab.core.trace.TaskRecord;
import org.tracelab.storage.StoredAttempt;

/** Opens the diff of two attempts of a task (the Diff button and the {@code D} key); wired by the shell. */
@FunctionalInterface
public interface DiffOpener {

    DiffOpener NONE = (task, chain, left, right) -> {};

    /**
     * Called on the FX thread with attempts already loaded; must not do I/O itself.
     *
     * @param chain the chain's attempts in index order, so the diff can offer any two of them
     */
    void open(TaskRecord task, List<StoredAttempt> chain, StoredAttempt left, StoredAttempt right);
}
