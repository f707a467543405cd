package org.tracelab.app.ui.jobs;

import java.util.Objects;
import java.util.function.Consumer;
import org.tracelab.app.ui.jobs.Jobs.Lane;

/**
 * A job to submit: its title (the status bar shows it with the message and progress), its lane, its work, and what
 * happens on the UI thread when it ends. Only one of {@code onSuccess}, {@code onFailure} and {@code onCancelled}
 * runs. A {@link JobState} given to {@link #tracking} follows the job: running, progress and message.
 *
 * <pre>{@code
 * jobs.submit(JobRequest.longRunning("Exporting DPO", progress -> export(progress))
 *         .tracking(state)
 *         .onSuccess(result -> state.summary("Wrote " + result.lines() + " lines."))
 *         .onFailure(failure -> errors.report("Cannot export the dataset…", failure)));
 * }</pre>
 */
public final class JobRequest<T> {

    private final String title;
    private final Lane lane;
    private final Work<T> work;
    private String message = "";
    private JobState state;
    private Consumer<? super T> onSuccess = result -> {};
    private Consumer<Throwable> onFailure = failure -> {};
    private Runnable onCancelled = () -> {};

    private JobRequest(String title, Lane lane, Work<T> work) {
        this.title = Objects.requireNonNull(title, "title");
        this.lane = Objects.requireNonNull(lane, "lane");
        this.work = Objects.requireNonNull(work, "work");
    }

    /** A short read the person waits for ({@link Lane#BROWSE}). */
    public static <T> JobRequest<T> browse(String title, Work<T> work) {
        return new JobRequest<>(title, Lane.BROWSE, work);
    }

    /** Work that grows with a run or the store ({@link Lane#LONG}). */
    public static <T> JobRequest<T> longRunning(String title, Work<T> work) {
        return new JobRequest<>(title, Lane.LONG, work);
    }

    /** The first message, until the work reports its own. */
    public JobRequest<T> message(String text) {
        this.message = Objects.requireNonNull(text, "text");
        return this;
    }

    /** The state that follows this job; the job it followed before is forgotten. */
    public JobRequest<T> tracking(JobState followed) {
        this.state = Objects.requireNonNull(followed, "followed");
        return this;
    }

    public JobRequest<T> onSuccess(Consumer<? super T> action) {
        this.onSuccess = Objects.requireNonNull(action, "action");
        return this;
    }

    /** Called with the exception the work threw (not for a cancellation). */
    public JobRequest<T> onFailure(Consumer<Throwable> action) {
        this.onFailure = Objects.requireNonNull(action, "action");
        return this;
    }

    public JobRequest<T> onCancelled(Runnable action) {
        this.onCancelled = Objects.requireNonNull(action, "action");
        return this;
    }

    public String title() {
        return title;
    }

    public Lane lane() {
        return lane;
    }

    public Work<T> work() {
        return work;
    }

    public String message() {
        return message;
    }

    /** The tracked state, or null. */
    public JobState state() {
        return state;
    }

    public Consumer<? super T> onSuccess() {
        return onSuccess;
    }

    public Consumer<Throwable> onFailure() {
        return onFailure;
    }

    public Runnable onCancelled() {
        return onCancelled;
    }
}
