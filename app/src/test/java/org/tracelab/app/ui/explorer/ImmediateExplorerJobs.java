package org.tracelab.app.ui.explorer;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Runs each explorer job at once on the calling thread: view-model tests and the benchmark, no stage needed. */
public final class ImmediateExplorerJobs implements ExplorerJobs {

    @Override
    public <T> Job submit(String title, String message, Callable<T> work, Consumer<? super T> onSuccess,
            Consumer<Throwable> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (Exception e) {
            onFailure.accept(e);
            return Job.DONE;
        }
        onSuccess.accept(result);
        return Job.DONE;
    }
}
