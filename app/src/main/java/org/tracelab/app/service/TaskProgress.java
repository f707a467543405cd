package org.tracelab.app.service;

/**
 * Progress of a walk over tasks, called on the working thread after each task. An exception thrown here stops
 * the walk and is rethrown to the caller, which is how a UI job cancels it.
 */
@FunctionalInterface
public interface TaskProgress {

    TaskProgress NONE = (done, total) -> {};

    void tasksDone(int done, int total);
}
