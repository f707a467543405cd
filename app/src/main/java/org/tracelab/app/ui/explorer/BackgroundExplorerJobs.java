package org.tracelab.app.ui.explorer;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.concurrent.Task;
import org.tracelab.app.ui.jobs.BackgroundJobs;

/** Explorer jobs as named tasks on the app's job threads, listed in the status bar while they run. */
public final class BackgroundExplorerJobs implements ExplorerJobs {

    private final BackgroundJobs jobs;

    public BackgroundExplorerJobs(BackgroundJobs jobs) {
        this.jobs = jobs;
    }

    /** Call on the FX thread; {@code onSuccess} and {@code onFailure} are called there too. */
    @Override
    public <T> Job submit(String title, String message, Callable<T> work, Consumer<? super T> onSuccess,
            Consumer<Throwable> onFailure) {
        Task<T> task = new ExplorerTask<>(title, message, work);
        task.setOnSucceeded(event -> onSuccess.accept(task.getValue()));
        task.setOnFailed(event -> onFailure.accept(task.getException()));
        jobs.run(task);
        return task::cancel;
    }

    /** One store read: a single query or a few, so its progress is indeterminate until it ends. */
    private static final class ExplorerTask<T> extends Task<T> {
        private final Callable<T> work;

        ExplorerTask(String title, String message, Callable<T> work) {
            this.work = work;
            updateTitle(title);
            updateMessage(message);
        }

        @Override
        protected T call() throws Exception {
            T result = work.call();
            updateProgress(1, 1);
            return result;
        }
    }
}
