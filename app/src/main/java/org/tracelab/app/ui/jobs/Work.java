package org.tracelab.app.ui.jobs;

/** A job's work, run on a background thread; it reports through {@code progress} and stops when cancelled. */
@FunctionalInterface
public interface Work<T> {

    T run(JobProgress progress) throws Exception;
}
