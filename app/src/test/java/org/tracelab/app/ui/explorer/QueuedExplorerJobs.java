package org.tracelab.app.ui.explorer;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Holds jobs until the test runs them, in any order: for checking that stale or cancelled reads are dropped. */
final class QueuedExplorerJobs implements ExplorerJobs {

    private final List<Pending<?>> pending = new ArrayList<>();

    @Override
    public <T> Job submit(String title, String message, Callable<T> work, Consumer<? super T> onSuccess,
            Consumer<Throwable> onFailure) {
        Pending<T> job = new Pending<>(title, work, onSuccess, onFailure);
        pending.add(job);
        return () -> job.cancelled = true;
    }

    List<Pending<?>> pending() {
        return List.copyOf(pending);
    }

    /** Runs every queued job, oldest first, including jobs they queue. */
    void runAll() {
        while (!pending.isEmpty()) {
            pending.remove(0).run();
        }
    }

    /** Runs the queued jobs newest first (a slow old read finishing last). */
    void runNewestFirst() {
        while (!pending.isEmpty()) {
            pending.remove(pending.size() - 1).run();
        }
    }

    static final class Pending<T> {
        final String title;
        private final Callable<T> work;
        private final Consumer<? super T> onSuccess;
        private final Consumer<Throwable> onFailure;
        private boolean cancelled;

        Pending(String title, Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
            this.title = title;
            this.work = work;
            this.onSuccess = onSuccess;
            this.onFailure = onFailure;
        }

        boolean cancelled() {
            return cancelled;
        }

        /** Runs the work even when cancelled (as a thread already in SQLite would), then delivers unless cancelled. */
        void run() {
            T result;
            try {
                result = work.call();
            } catch (Exception e) {
                if (!cancelled) {
                    onFailure.accept(e);
                }
                return;
            }
            if (!cancelled) {
                onSuccess.accept(result);
            }
        }
    }
}
