package org.tracelab.app.ui.explorer;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * How the explorer runs its store reads: in the app as named {@link javafx.concurrent.Task}s on the app's
 * {@link org.tracelab.app.ui.jobs.BackgroundJobs} with results delivered on the FX thread
 * ({@link BackgroundExplorerJobs}); in the benchmark on the calling thread, so the view model can be timed without
 * a stage.
 */
public interface ExplorerJobs {

    /**
     * Runs {@code work} and hands its result to {@code onSuccess}, or its failure to {@code onFailure}. A cancelled
     * job calls neither.
     */
    <T> Job submit(String title, String message, Callable<T> work, Consumer<? super T> onSuccess,
            Consumer<Throwable> onFailure);

    /** A submitted job. */
    interface Job {

        Job DONE = () -> { };

        /** Stops the job if it still runs; its result, if any, is dropped. */
        void cancel();
    }
}
