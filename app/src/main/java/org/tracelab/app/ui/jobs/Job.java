package org.tracelab.app.ui.jobs;

/** A submitted job. */
@FunctionalInterface
public interface Job {

    /** A job that has already ended. */
    Job DONE = () -> {};

    /**
     * Stops the job if it still runs: its thread is interrupted and {@link JobProgress#cancelled()} turns true; its
     * result, if any, is dropped and its {@code onCancelled} runs instead.
     */
    void cancel();
}
