package org.tracelab.app.ui.jobs;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * Runs each job at once on the calling thread, then its callback: view-model tests and the explorer benchmark drive
 * view models with it, no FX toolkit and no stage needed. Records the title and lane of every job, in order.
 */
public final class ImmediateJobs implements Jobs {

    /** A job as it was submitted. */
    public record Submitted(String title, Lane lane) {}

    private final List<Submitted> submitted = new ArrayList<>();

    @Override
    public <T> Job submit(JobRequest<T> request) {
        submitted.add(new Submitted(request.title(), request.lane()));
        JobState state = request.state();
        Object ticket = state == null ? null : state.begin(request.message());
        T result;
        try {
            result = request.work().run(new JobProgress() {
                @Override
                public void update(long done, long total) {
                    if (state != null) {
                        state.progress(ticket, total < 0 ? -1 : total == 0 ? 0 : (double) done / total);
                    }
                }

                @Override
                public void message(String text) {
                    if (state != null) {
                        state.message(ticket, text);
                    }
                }

                @Override
                public boolean cancelled() {
                    return false;
                }
            });
        } catch (Exception e) {
            end(state, ticket);
            request.onFailure().accept(e);
            return Job.DONE;
        }
        end(state, ticket);
        request.onSuccess().accept(result);
        return Job.DONE;
    }

    /** Runs at once. */
    @Override
    public Executor ui() {
        return Runnable::run;
    }

    /** Never: a job has ended before {@link #submit} returns. */
    @Override
    public ReadOnlyBooleanProperty busy() {
        return new ReadOnlyBooleanWrapper(false).getReadOnlyProperty();
    }

    @Override
    public void shutdownAfter(Runnable lastWork, long timeoutSeconds) {
        lastWork.run();
    }

    /** The titles of the jobs submitted so far, oldest first. */
    public List<String> titles() {
        return submitted.stream().map(Submitted::title).toList();
    }

    /** The jobs submitted so far, oldest first. */
    public List<Submitted> submitted() {
        return List.copyOf(submitted);
    }

    private static void end(JobState state, Object ticket) {
        if (state != null) {
            state.end(ticket);
        }
    }
}
