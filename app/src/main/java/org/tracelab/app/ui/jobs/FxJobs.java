package org.tracelab.app.ui.jobs;

import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.concurrent.Task;

/**
 * {@link Jobs} as JavaFX tasks on {@link BackgroundJobs}' threads: listed in the status bar while they run, their
 * progress and message coalesced onto the FX thread, their callbacks called there.
 */
public final class FxJobs implements Jobs {

    private final BackgroundJobs threads;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");

    public FxJobs(BackgroundJobs threads) {
        this.threads = threads;
        busy.bind(Bindings.isNotEmpty(threads.running()));
    }

    /** Call on the FX thread. */
    @Override
    public <T> Job submit(JobRequest<T> request) {
        WorkTask<T> task = new WorkTask<>(request);
        JobState state = request.state();
        Object ticket = state == null ? null : state.begin(request.message());
        if (state != null) {
            task.progressProperty().addListener((obs, old, now) -> state.progress(ticket, now.doubleValue()));
            task.messageProperty().addListener((obs, old, now) -> state.message(ticket, now));
        }
        task.setOnSucceeded(event -> {
            end(state, ticket);
            request.onSuccess().accept(task.getValue());
        });
        task.setOnFailed(event -> {
            end(state, ticket);
            request.onFailure().accept(task.getException());
        });
        task.setOnCancelled(event -> {
            end(state, ticket);
            request.onCancelled().run();
        });
        threads.run(task, request.lane());
        return task::cancel;
    }

    @Override
    public Executor ui() {
        return Platform::runLater;
    }

    @Override
    public ReadOnlyBooleanProperty busy() {
        return busy.getReadOnlyProperty();
    }

    @Override
    public void shutdownAfter(Runnable lastWork, long timeoutSeconds) {
        threads.shutdownAfter(lastWork, timeoutSeconds);
    }

    private static void end(JobState state, Object ticket) {
        if (state != null) {
            state.end(ticket);
        }
    }

    /** A job's work as a named task; its progress and message are the task's. */
    private static final class WorkTask<T> extends Task<T> {
        private final Work<T> work;

        WorkTask(JobRequest<T> request) {
            this.work = request.work();
            updateTitle(request.title());
            updateMessage(request.message());
        }

        @Override
        protected T call() throws Exception {
            return work.run(new JobProgress() {
                @Override
                public void update(long done, long total) {
                    if (total < 0) {
                        updateProgress(-1, 1);
                    } else {
                        updateProgress(done, total);
                    }
                }

                @Override
                public void message(String text) {
                    updateMessage(text);
                }

                @Override
                public boolean cancelled() {
                    return isCancelled();
                }
            });
        }
    }
}
