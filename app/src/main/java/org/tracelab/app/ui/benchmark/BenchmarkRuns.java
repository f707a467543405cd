package org.tracelab.app.ui.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tracelab.app.service.bench.BenchmarkListener;
import org.tracelab.app.service.bench.BenchmarkRequest;
import org.tracelab.app.service.bench.BenchmarkRun;
import org.tracelab.app.service.bench.ModelConnections;
import org.tracelab.app.service.workspace.Workspace;
import org.tracelab.app.ui.errors.ErrorReporter;
import org.tracelab.app.ui.jobs.JobProgress;
import org.tracelab.app.ui.jobs.JobRequest;
import org.tracelab.app.ui.jobs.JobState;
import org.tracelab.app.ui.jobs.Jobs;
import org.tracelab.app.ui.jobs.UiBatcher;
import org.tracelab.app.ui.workspace.StoreSession;
import org.tracelab.core.model.ApiKey;
import org.tracelab.core.run.JobOutcome;
import org.tracelab.core.run.Progress;
import org.tracelab.core.run.RecordedAttempt;
import org.tracelab.core.trace.CallFault;
import org.tracelab.core.trace.ChainKey;
import org.tracelab.core.trace.RunStatus;

/**
 * The app's benchmark run, one at a time, and what the UI shows of it while it goes: progress ("12 / 27 chains · ETA
 * 0:41"), the pass rate per mode over time, the latest attempts (at most {@link #MAX_ATTEMPT_ROWS}), and how it
 * ended. The run's news arrives in batches on the UI thread. Cancelling stops the run the runner's way: the job still
 * succeeds, with a {@code cancelled} outcome that Runs › Resume continues.
 */
public final class BenchmarkRuns {

    public static final int MAX_ATTEMPT_ROWS = 200;
    private static final Logger LOG = LoggerFactory.getLogger(BenchmarkRuns.class);

    private final StoreSession session;
    private final Jobs jobs;
    private final ErrorReporter errors;
    private final ModelConnections connections;
    private final Runnable onEnded;

    private final JobState state = new JobState();
    private final ReadOnlyObjectWrapper<Long> liveRunId = new ReadOnlyObjectWrapper<>(this, "liveRunId");
    private final ReadOnlyObjectWrapper<JobOutcome> outcome = new ReadOnlyObjectWrapper<>(this, "outcome");
    private final ReadOnlyStringWrapper faultNotice = new ReadOnlyStringWrapper(this, "faultNotice", "");
    private int faultsShown;
    private int faultLimit;
    private final ObservableList<AttemptRow> attempts = FXCollections.observableArrayList();
    private final ObservableList<AttemptRow> attemptsView = FXCollections.unmodifiableObservableList(attempts);
    private final ObservableList<RatePoint> rates = FXCollections.observableArrayList();
    private final ObservableList<RatePoint> ratesView = FXCollections.unmodifiableObservableList(rates);
    private BenchmarkRun current;

    /** @param onEnded told when a run has ended, on the UI thread (the runs list reloads) */
    public BenchmarkRuns(
            StoreSession session, Jobs jobs, ErrorReporter errors, ModelConnections connections, Runnable onEnded) {
        this.session = session;
        this.jobs = jobs;
        this.errors = errors;
        this.connections = connections;
        this.onEnded = onEnded;
    }

    public ModelConnections connections() {
        return connections;
    }

    /** The run's job: running, progress, message, and how the last run ended. */
    public JobState state() {
        return state;
    }

    public ReadOnlyBooleanProperty running() {
        return state.running();
    }

    /** The id of the run being written by this app, once the job has created or reopened it. */
    public ReadOnlyObjectProperty<Long> liveRunId() {
        return liveRunId.getReadOnlyProperty();
    }

    /** Done / total chains, -1 while setting up. */
    public ReadOnlyDoubleProperty progress() {
        return state.progress();
    }

    /** "12 / 27 chains · ETA 0:41", or what is being set up. */
    public ReadOnlyStringProperty message() {
        return state.message();
    }

    /** How the last run ended, in a sentence. */
    public ReadOnlyStringProperty summary() {
        return state.summary();
    }

    public ReadOnlyObjectProperty<JobOutcome> outcome() {
        return outcome.getReadOnlyProperty();
    }

    /**
     * Empty while the server answers; once calls are lost to transport faults, which server, how many, and what
     * happens next (their chains stay out of every rate; the fault limit ends the run; Resume redoes them).
     */
    public ReadOnlyStringProperty faultNotice() {
        return faultNotice.getReadOnlyProperty();
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
        return running().get() && liveRunId.get() != null && liveRunId.get() == runId;
    }

    /** Forgets how the last run went (its rows, chart, progress and summary); does nothing while one runs. */
    public void forgetEnded() {
        if (running().get()) {
            return;
        }
        attempts.clear();
        rates.clear();
        outcome.set(null);
        liveRunId.set(null);
        state.settle(0, "");
        state.summary("");
    }

    /** Starts a run in the background; does nothing when one is running or no store is open. */
    public void start(BenchmarkRequest request, Optional<ApiKey> apiKey) {
        Workspace workspace = session.workspace().get();
        if (running().get() || workspace == null) {
            return;
        }
        attempts.clear();
        rates.clear();
        outcome.set(null);
        liveRunId.set(null);
        faultNotice.set("");
        faultsShown = 0;
        faultLimit = request.faults().faultLimit();
        BenchmarkRun run = workspace.benchmark(request, apiKey, connections);
        current = run;
        String title = request.resumeRunId() == null
                ? "Benchmark " + request.name()
                : "Resuming run #" + request.resumeRunId();
        jobs.submit(JobRequest.longRunning(title, progress -> run.execute(new UiListener(progress)))
                .message("starting")
                .tracking(state)
                .onSuccess(result -> ended(run, result))
                .onFailure(failure -> {
                    ended(run, null);
                    state.summary("The benchmark could not start: " + failure.getMessage());
                    errors.report(
                            "The benchmark could not start. Check the model and the prompts file (Test "
                                    + "connection shows whether the server answers), then try again.",
                            failure);
                }));
    }

    /** Asks the running job to stop; it ends {@code cancelled} and can be resumed. */
    public void cancel() {
        if (current != null) {
            current.cancel();
        }
    }

    /**
     * Cancels the running job, if any, and waits until its run is marked; for the app's exit, off the UI thread,
     * before the store closes.
     */
    public void cancelAndAwait(long timeoutSeconds) {
        BenchmarkRun run = current;
        if (run == null) {
            return;
        }
        run.cancel();
        try {
            if (!run.awaitEnd(timeoutSeconds, TimeUnit.SECONDS)) {
                LOG.warn("the benchmark did not stop within {} s", timeoutSeconds);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static String format(Duration duration) {
        long seconds = duration.toSeconds();
        return seconds >= 3600
                ? String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
                : String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
    }

    private void showAttempts(List<AttemptRow> batch) {
        List<AttemptRow> newest = new ArrayList<>(batch);
        Collections.reverse(newest);
        attempts.addAll(0, newest.size() > MAX_ATTEMPT_ROWS ? newest.subList(0, MAX_ATTEMPT_ROWS) : newest);
        if (attempts.size() > MAX_ATTEMPT_ROWS) {
            attempts.remove(MAX_ATTEMPT_ROWS, attempts.size());
        }
    }

    private void showProgress(List<Progress> batch) {
        Progress latest = batch.get(batch.size() - 1);
        latest.byMode().forEach((mode, tally) -> rates.add(new RatePoint(mode, tally.done(), 100 * tally.passRate())));
    }

    private void showFaults(List<CallFault> batch) {
        faultsShown += batch.size();
        CallFault last = batch.get(batch.size() - 1);
        String where = last.endpoint() == null ? "the model" : last.endpoint();
        faultNotice.set("The server is failing: " + faultsShown + (faultsShown == 1 ? " call" : " calls") + " to "
                + where + " lost (" + last.kind() + ": " + last.message() + "). Their chains stay unfinished and out "
                + "of every rate; " + faultLimit + " failures in a row end the run as interrupted, and Runs › Resume "
                + "redoes them once the server is back.");
    }

    private void ended(BenchmarkRun run, JobOutcome result) {
        if (run != current) {
            return;
        }
        current = null;
        outcome.set(result);
        if (result != null) {
            state.settle(
                    result.status() == RunStatus.FINISHED ? 1 : state.progress().get(), "");
            String summary = "Run #" + result.runId() + " " + result.status().wireName() + ": "
                    + result.chainsFinished() + " chains finished"
                    + (result.chainsSkipped() > 0 ? ", " + result.chainsSkipped() + " already done" : "")
                    + ", " + result.attempts() + " model calls."
                    + result.failure().map(reason -> " Failed: " + reason).orElse("")
                    + (result.status() == RunStatus.INTERRUPTED
                            ? " " + result.chainsUnfinished()
                                    + " chains are unfinished (in no rate) after " + result.faults() + " failed calls"
                                    + result.lastFault()
                                            .map(fault -> fault.endpoint() == null ? "" : " to " + fault.endpoint())
                                            .orElse("")
                                    + "; once the server is back, Runs › Resume continues the run."
                            : result.status() == RunStatus.FINISHED ? "" : " Runs › Resume continues it.");
            state.summary(summary);
            explainStoredAttempts(result, summary);
        }
        onEnded.run();
    }

    /**
     * Adds how many attempts the store holds for the run, and why that is more than the calls: every mode's chain
     * keeps its own copy of the first answer, which one call made for all modes. Results counts stored attempts.
     */
    private void explainStoredAttempts(JobOutcome result, String summary) {
        Workspace workspace = session.workspace().get();
        if (workspace == null || result.chainsSkipped() > 0) {
            return; // a resumed run's store holds the earlier sessions' attempts too: no like-for-like count
        }
        jobs.submit(JobRequest.browse("Counting run #" + result.runId(), progress -> workspace.runSize(result.runId()))
                .onSuccess(size -> {
                    if (!running().get() && summary.equals(state.summary().get()) && size[1] != result.attempts()) {
                        state.summary(summary
                                + String.format(
                                        Locale.ROOT,
                                        " The store holds %,d attempts in %,d "
                                                + "chains: each mode's chain keeps its own copy of the first answer, which one call "
                                                + "made for every mode, so Results counts more attempts than calls.",
                                        size[1],
                                        size[0]));
                    }
                }));
    }

    /** The run's news, from its threads: progress to the job, rows and rates to the UI thread in batches. */
    private final class UiListener implements BenchmarkListener {
        private final JobProgress progress;
        private final UiBatcher<AttemptRow> rows = new UiBatcher<>(jobs.ui(), BenchmarkRuns.this::showAttempts);
        private final UiBatcher<Progress> points = new UiBatcher<>(jobs.ui(), BenchmarkRuns.this::showProgress);
        private final UiBatcher<Long> runIds =
                new UiBatcher<>(jobs.ui(), ids -> liveRunId.set(ids.get(ids.size() - 1)));
        private final UiBatcher<CallFault> faults = new UiBatcher<>(jobs.ui(), BenchmarkRuns.this::showFaults);

        UiListener(JobProgress progress) {
            this.progress = progress;
        }

        @Override
        public void settingUp(String step) {
            progress.message(step);
        }

        @Override
        public void runOpened(long runId) {
            runIds.add(runId);
        }

        @Override
        public void attemptRecorded(ChainKey chain, RecordedAttempt attempt) {
            rows.add(AttemptRow.of(chain, attempt));
        }

        @Override
        public void callFaulted(CallFault fault) {
            faults.add(fault);
        }

        @Override
        public void onProgress(Progress now) {
            progress.update(now.doneChains(), now.totalChains());
            progress.message(now.doneChains() + " / " + now.totalChains() + " chains"
                    + now.eta().map(eta -> " · ETA " + format(eta)).orElse(""));
            points.add(now);
        }
    }
}
