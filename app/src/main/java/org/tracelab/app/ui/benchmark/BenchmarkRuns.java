package org.tracelab.app.ui.benchmark;

import org.tracelab.app.service.bench.BenchmarkRequest;
import org.tracelab.app.service.bench.ModelConnections;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tracelab.app.ui.errors.ErrorReporter;
import org.tracelab.app.ui.jobs.BackgroundJobs;
import org.tracelab.app.ui.workspace.StoreSession;
import org.tracelab.app.service.workspace.Workspace;
import org.tracelab.core.model.ApiKey;
import org.tracelab.core.run.JobOutcome;
import org.tracelab.core.run.Progress;
import org.tracelab.core.trace.RunStatus;

/**
 * The app's benchmark run, one at a time, and what the UI shows of it while it goes: progress, the pass rate
 * per mode over time, the latest attempts (at most {@link #MAX_ATTEMPT_ROWS}), and how it ended. All state
 * changes on the FX thread; the job's reports arrive in batches.
 */
public final class BenchmarkRuns {

    public static final int MAX_ATTEMPT_ROWS = 200;
    private static final Logger LOG = LoggerFactory.getLogger(BenchmarkRuns.class);

    private final StoreSession session;
    private final BackgroundJobs jobs;
    private final ErrorReporter errors;
    private final ModelConnections connections;
    private final Runnable onEnded;

    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyObjectWrapper<Long> liveRunId = new ReadOnlyObjectWrapper<>(this, "liveRunId");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyObjectWrapper<JobOutcome> outcome = new ReadOnlyObjectWrapper<>(this, "outcome");
    private final ObservableList<AttemptRow> attempts = FXCollections.observableArrayList();
    private final ObservableList<AttemptRow> attemptsView = FXCollections.unmodifiableObservableList(attempts);
    private final ObservableList<RatePoint> rates = FXCollections.observableArrayList();
    private final ObservableList<RatePoint> ratesView = FXCollections.unmodifiableObservableList(rates);
    private BenchmarkTask current;

    public BenchmarkRuns(StoreSession session, BackgroundJobs jobs, ErrorReporter errors,
            ModelConnections connections, Runnable onEnded) {
        this.session = session;
        this.jobs = jobs;
        this.errors = errors;
        this.connections = connections;
        this.onEnded = onEnded;
    }

    public ModelConnections connections() {
        return connections;
    }

    public ReadOnlyBooleanProperty running() {
        return running.getReadOnlyProperty();
    }

    /** The id of the run being written by this app, once the job has created or reopened it. */
    public ReadOnlyObjectProperty<Long> liveRunId() {
        return liveRunId.getReadOnlyProperty();
    }

    /** Done / total chains, -1 while setting up. */
    public ReadOnlyDoubleProperty progress() {
        return progress.getReadOnlyProperty();
    }

    /** "12 / 27 chains · ETA 0:41", or what is being set up. */
    public ReadOnlyStringProperty message() {
        return message.getReadOnlyProperty();
    }

    /** How the last run ended, in a sentence. */
    public ReadOnlyStringProperty summary() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<JobOutcome> outcome() {
        return outcome.getReadOnlyProperty();
    }

    /** The latest attempts, newest first. */
    public ObservableList<AttemptRow> attempts() {
        return attemptsView;
    }

    /** Pass rate per mode as chains finish, oldest first. */
    public ObservableList<RatePoint> rates() {
        return ratesView;
    }

    /** Whether {@code runId} is the run this app is writing right now (so not one to resume). */
    public boolean isLive(long runId) {
        return running.get() && liveRunId.get() != null && liveRunId.get() == runId;
    }

    /** Starts a run in the background; does nothing when one is running or no store is open. */
    public void start(BenchmarkRequest request, Optional<ApiKey> apiKey) {
        Workspace workspace = session.workspace().get();
        if (running.get() || workspace == null) {
            return;
        }
        attempts.clear();
        rates.clear();
        summary.set("");
        outcome.set(null);
        liveRunId.set(null);
        FxBatcher<AttemptRow> attemptBatches = new FxBatcher<>(this::showAttempts);
        FxBatcher<Progress> progressBatches = new FxBatcher<>(this::showProgress);
        FxBatcher<Long> runIds = new FxBatcher<>(ids -> liveRunId.set(ids.get(ids.size() - 1)));
        BenchmarkTask task = new BenchmarkTask(workspace.benchmark(request, apiKey, connections), runIds::add,
                attemptBatches::add, progressBatches::add);
        current = task;
        running.set(true);
        progress.bind(task.progressProperty());
        message.bind(task.messageProperty());
        task.setOnSucceeded(event -> ended(task, task.getValue()));
        task.setOnFailed(event -> {
            ended(task, null);
            Throwable failure = task.getException();
            summary.set("The benchmark could not start: " + failure.getMessage());
            errors.report("The benchmark could not start. Check the model and the prompts file (Test connection "
                    + "shows whether the server answers), then try again.", failure);
        });
        jobs.run(task);
    }

    /** Asks the running job to stop; it ends {@code cancelled} and can be resumed. */
    public void cancel() {
        if (current != null) {
            current.requestCancel();
        }
    }

    /**
     * Cancels the running job, if any, and waits until its run is marked; for the app's exit, off the FX
     * thread, before the store closes.
     */
    public void cancelAndAwait(long timeoutSeconds) {
        BenchmarkTask task = current;
        if (task == null) {
            return;
        }
        task.requestCancel();
        try {
            if (!task.awaitEnd(timeoutSeconds)) {
                LOG.warn("the benchmark did not stop within {} s", timeoutSeconds);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void showAttempts(List<AttemptRow> batch) {
        List<AttemptRow> newest = new ArrayList<>(batch);
        java.util.Collections.reverse(newest);
        attempts.addAll(0, newest.size() > MAX_ATTEMPT_ROWS ? newest.subList(0, MAX_ATTEMPT_ROWS) : newest);
        if (attempts.size() > MAX_ATTEMPT_ROWS) {
            attempts.remove(MAX_ATTEMPT_ROWS, attempts.size());
        }
    }

    private void showProgress(List<Progress> batch) {
        Progress latest = batch.get(batch.size() - 1);
        latest.byMode().forEach((mode, tally) -> rates.add(new RatePoint(mode, tally.done(),
                100 * tally.passRate())));
    }

    private void ended(BenchmarkTask task, JobOutcome result) {
        if (task != current) {
            return;
        }
        progress.unbind();
        message.unbind();
        current = null;
        running.set(false);
        outcome.set(result);
        if (result != null) {
            progress.set(result.status() == RunStatus.FINISHED ? 1 : progress.get());
            message.set("");
            summary.set("Run #" + result.runId() + " " + result.status().wireName() + ": "
                    + result.chainsFinished() + " chains finished"
                    + (result.chainsSkipped() > 0 ? ", " + result.chainsSkipped() + " already done" : "")
                    + ", " + result.attempts() + " attempts."
                    + result.failure().map(reason -> " Failed: " + reason).orElse("")
                    + (result.status() == RunStatus.FINISHED ? "" : " Runs › Resume continues it."));
        }
        onEnded.run();
    }
}
