package org.tracelab.app.ui.jobs;

import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * What a view shows of the job a view model runs: whether it runs, its progress (0 to 1, −1 while unknown), its
 * message, and a sentence on how it ended. A {@link Jobs} implementation keeps it up to date for the job it
 * {@linkplain JobRequest#tracking tracks}, and only for the latest one: a job started later takes it over, and news
 * of the earlier one is ignored. The view model sets the summary when the job ends. UI thread only.
 */
public final class JobState {

    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private Object current;

    public ReadOnlyBooleanProperty running() {
        return running.getReadOnlyProperty();
    }

    /** Done over total, −1 while unknown; kept when the job ends. */
    public ReadOnlyDoubleProperty progress() {
        return progress.getReadOnlyProperty();
    }

    /** What the job is doing ("file 2 of 3: runs.jsonl"); kept when the job ends. */
    public ReadOnlyStringProperty message() {
        return message.getReadOnlyProperty();
    }

    /** How the last job ended, in a sentence; empty while one runs. */
    public ReadOnlyStringProperty summary() {
        return summary.getReadOnlyProperty();
    }

    /** Says how the job ended (or why none could start). */
    public void summary(String text) {
        summary.set(Objects.requireNonNull(text, "text"));
    }

    /** Shows {@code value} and {@code text} once the job has ended (a finished run's full bar, say). */
    public void settle(double value, String text) {
        progress.set(value);
        message.set(Objects.requireNonNull(text, "text"));
    }

    /** A job takes the state over: running, progress unknown, {@code text} as its message, no summary. */
    Object begin(String text) {
        Object ticket = new Object();
        current = ticket;
        running.set(true);
        progress.set(-1);
        message.set(text);
        summary.set("");
        return ticket;
    }

    void progress(Object ticket, double value) {
        if (ticket == current) {
            progress.set(value);
        }
    }

    void message(Object ticket, String text) {
        if (ticket == current) {
            message.set(text);
        }
    }

    /** The job ended; its progress and message stay. */
    void end(Object ticket) {
        if (ticket == current) {
            current = null;
            running.set(false);
        }
    }
}
