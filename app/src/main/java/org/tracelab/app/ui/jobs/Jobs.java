package org.tracelab.app.ui.jobs;

import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;

/**
 * How every view model runs work off the UI thread: {@link #submit} a {@link JobRequest} (a title, the work, what to
 * do with its result, failure or cancellation) and get a {@link Job} to cancel. The work runs on a background
 * thread; the callbacks, and every change of a tracked {@link JobState}, happen on the UI thread. The desktop app
 * uses {@link FxJobs} (JavaFX tasks, listed in the status bar); view-model tests use an implementation that runs
 * each job at once on the calling thread, so no FX toolkit is needed.
 *
 * <p>Two lanes keep browsing responsive: {@link Lane#BROWSE} for short reads the person waits for (a page, a chain,
 * the run list), {@link Lane#LONG} for work that grows with a run or the store (a benchmark, an import, an export,
 * pair mining, a run's report), on threads of its own so that browsing never waits behind it.
 */
public interface Jobs {

    /** Which threads a job runs on. */
    enum Lane {
        /** Short reads the person waits for. */
        BROWSE,
        /** Work that grows with a run or the store; never holds up {@link #BROWSE}. */
        LONG
    }

    /** Starts {@code request}'s work in the background. Call on the UI thread. */
    <T> Job submit(JobRequest<T> request);

    /** A short read on the {@link Lane#BROWSE} lane, without progress: the explorer's many small jobs. */
    default <T> Job submit(
            String title,
            String message,
            Callable<T> work,
            Consumer<? super T> onSuccess,
            Consumer<Throwable> onFailure) {
        return submit(JobRequest.browse(title, progress -> work.call())
                .message(message)
                .onSuccess(onSuccess)
                .onFailure(onFailure));
    }

    /**
     * Runs actions on the UI thread, in the order given: for news a job sends while it runs (live rows, partial
     * outcomes). Any thread.
     */
    Executor ui();

    /** True while any job runs. */
    ReadOnlyBooleanProperty busy();

    /**
     * Runs {@code lastWork} once the jobs already submitted are done or {@code timeoutSeconds} have passed, then stops
     * the threads: for the app's exit, to save settings and close the store off the UI thread. Blocks the caller.
     */
    void shutdownAfter(Runnable lastWork, long timeoutSeconds);
}
