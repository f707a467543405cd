package org.tracelab.app.ui.benchmark;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import javafx.concurrent.Task;
import org.tracelab.app.service.bench.BenchmarkListener;
import org.tracelab.app.service.bench.BenchmarkRun;
import org.tracelab.core.run.JobOutcome;
import org.tracelab.core.run.Progress;
import org.tracelab.core.run.RecordedAttempt;
import org.tracelab.core.trace.ChainKey;

/**
 * Runs one benchmark (new or resumed) to its end as {@code tracelab bench} does, reporting done/total chains
 * and an ETA as progress and message. {@link #requestCancel} stops the run the runner's way, so the task still
 * succeeds, with a {@code cancelled} outcome; the task fails only when the run could not be set up.
 */
final class BenchmarkTask extends Task<JobOutcome> {

    private final BenchmarkRun run;
    private final LongConsumer runId;
    private final Consumer<AttemptRow> attempts;
    private final Consumer<Progress> progress;

    BenchmarkTask(BenchmarkRun run, LongConsumer runId, Consumer<AttemptRow> attempts, Consumer<Progress> progress) {
        this.run = run;
        this.runId = runId;
        this.attempts = attempts;
        this.progress = progress;
        Long resumed = run.request().resumeRunId();
        updateTitle(resumed == null ? "Benchmark " + run.request().name() : "Resuming run #" + resumed);
        updateMessage("starting");
        updateProgress(-1, 1);
    }

    /** Stops the run as soon as possible; chains in progress are left for a resume. Any thread. */
    void requestCancel() {
        run.cancel();
        updateMessage("cancelling…");
    }

    /** Waits (off the FX thread) until the run has ended and its status is stored. */
    boolean awaitEnd(long timeoutSeconds) throws InterruptedException {
        return run.awaitEnd(timeoutSeconds, TimeUnit.SECONDS);
    }

    @Override
    protected JobOutcome call() throws Exception {
        return run.execute(new BenchmarkListener() {
            @Override
            public void settingUp(String step) {
                updateMessage(step);
            }

            @Override
            public void runOpened(long id) {
                runId.accept(id);
            }

            @Override
            public void attemptRecorded(ChainKey chain, RecordedAttempt attempt) {
                attempts.accept(AttemptRow.of(chain, attempt));
            }

            @Override
            public void onProgress(Progress now) {
                updateProgress(now.doneChains(), now.totalChains());
                updateMessage(now.doneChains() + " / " + now.totalChains() + " chains"
                        + now.eta().map(eta -> " · ETA " + format(eta)).orElse(""));
                progress.accept(now);
            }
        });
    }

    static String format(Duration duration) {
        long seconds = duration.toSeconds();
        return seconds >= 3600
                ? String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
                : String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
    }
}
