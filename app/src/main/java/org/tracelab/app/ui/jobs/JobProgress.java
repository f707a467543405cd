package org.tracelab.app.ui.jobs;

import java.util.concurrent.CancellationException;

/** What a job's work tells the UI while it runs, and how it learns that it was cancelled. Any thread. */
public interface JobProgress {

    /** {@code done} of {@code total} steps; a negative total means "unknown" (an indeterminate bar). */
    void update(long done, long total);

    /** One line on what the job is doing now. */
    void message(String text);

    /** Whether the job was cancelled; long work checks between steps. */
    boolean cancelled();

    /** Throws {@link CancellationException} when the job was cancelled: the way to stop a walk from a listener. */
    default void stopIfCancelled() {
        if (cancelled()) {
            throw new CancellationException("cancelled");
        }
    }
}
