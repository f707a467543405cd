package org.tracelab.app.ui.jobs;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * Holds jobs until the test runs them, in any order: for checking that stale or cancelled work is dropped and that a
 * view model shows "running" while its job is pending. UI actions run at once.
 */
public final class QueuedJobs implements Jobs {

    private final List<Pending<?>> pending = new ArrayList<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");

    @Override
    public <T> Job submit(JobRequest<T> request) {
        JobState state = request.state();
        Pending<T> job = new Pending<>(request, state == null ? null : state.begin(request.message()));
        pending.add(job);
        busy.set(true);
        return job::cancel;
    }

    @Override
    public Executor ui() {
        return Runnable::run;
    }

    @Override
    public ReadOnlyBooleanProperty busy() {
        return busy.getReadOnlyProperty();
    }

    @Override
    public void shutdownAfter(Runnable lastWork, long timeoutSeconds) {
        runAll();
        lastWork.run();
    }

    public List<Pending<?>> pending() {
        return List.copyOf(pending);
    }

    /** Runs every queued job, oldest first, including jobs they queue. */
    public void runAll() {
        while (!pending.isEmpty()) {
            pending.remove(0).run();
        }
        busy.set(false);
    }

    /** Runs the queued jobs newest first (a slow old read finishing last). */
    public void runNewestFirst() {
        while (!pending.isEmpty()) {
            pending.remove(pending.size() - 1).run();
        }
        busy.set(false);
    }

    /** A job not yet run. */
    public static final class Pending<T> {
        private final JobRequest<T> request;
        private final Object ticket;
        private boolean cancelled;
        private boolean ended;

        Pending(JobRequest<T> request, Object ticket) {
            this.request = request;
            this.ticket = ticket;
        }

        public String title() {
            return request.title();
        }

        public Jobs.Lane lane() {
            return request.lane();
        }

        public boolean cancelled() {
            return cancelled;
        }

        /** As a JavaFX task: a cancel ends the job at once, with its {@code onCancelled}. */
        void cancel() {
            if (!ended) {
                cancelled = true;
                end();
                request.onCancelled().run();
            }
        }

        /** Runs the work even when cancelled (as a thread already in SQLite would), then delivers unless cancelled. */
        void run() {
            T result;
            try {
                result = request.work().run(new JobProgress() {
                    @Override
                    public void update(long done, long total) {
                        if (request.state() != null && !cancelled) {
                            request.state().progress(ticket, total <= 0 ? -1 : (double) done / total);
                        }
                    }

                    @Override
                    public void message(String text) {
                        if (request.state() != null && !cancelled) {
                            request.state().message(ticket, text);
                        }
                    }

                    @Override
                    public boolean cancelled() {
                        return cancelled;
                    }
                });
            } catch (Exception e) {
                if (!cancelled) {
                    end();
                    request.onFailure().accept(e);
                }
                return;
            }
            if (!cancelled) {
                end();
                request.onSuccess().accept(result);
            }
        }

        private void end() {
            ended = true;
            if (request.state() != null) {
                request.state().end(ticket);
            }
        }
    }
}
