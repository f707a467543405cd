package org.tracelab.app.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.tracelab.app.service.bench.BenchmarkInputs;
import org.tracelab.app.service.bench.BenchmarkLauncher;
import org.tracelab.app.service.bench.BenchmarkRequest;
import org.tracelab.app.service.bench.BenchmarkRun;
import org.tracelab.app.service.bench.LocalModelConnections;
import org.tracelab.app.service.bench.ResumeRefusedException;
import org.tracelab.app.service.report.ReportService;
import org.tracelab.app.service.store.OpenStore;
import org.tracelab.core.run.JobOutcome;
import org.tracelab.core.stats.TableFormat;
import org.tracelab.core.trace.RunStatus;
import org.tracelab.core.verify.Verifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code tracelab bench}: runs a compliance benchmark against a local model, recording every attempt in the
 * store. The prompts file is read and checked before the store is opened or a server asked. Ctrl-C cancels cleanly
 * (the run is marked cancelled, no chain is left half-written as finished) and still prints the partial table;
 * {@code --resume RUN_ID} continues a run without duplicating a chain. Exit code 0 finished, 1 failed, 2 bad input
 * or a refused resume, 3 interrupted by a failing server, 130 cancelled.
 */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description = "Run a compliance benchmark against a local model (OpenAI-compatible server or GGUF file).")
public final class BenchCommand implements Callable<Integer> {

    /** A run transport faults left unfinished: the server, not the model, failed; {@code --resume} completes it. */
    static final int EXIT_INTERRUPTED = 3;

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Mixin
    VerifierOptions verifierOptions;

    @Mixin
    BenchOptions options;

    @Override
    public Integer call() throws Exception {
        BenchmarkRequest request = options.request(spec);
        BenchmarkInputs inputs = BenchmarkInputs.read(request);
        Verifier verifier = verifierOptions.verifier(spec);
        if (request.resumeRunId() != null && !Files.exists(store.file())) {
            throw new RefusedException("--resume " + request.resumeRunId() + ": there is no store " + store.file());
        }
        PrintWriter out = spec.commandLine().getOut();
        ConsoleProgress progress = new ConsoleProgress(spec.commandLine().getErr());
        // Released once the results are printed: a Ctrl-C waits for them.
        CountDownLatch reported = new CountDownLatch(1);
        try (OpenStore traceStore = OpenStore.open(store.file())) {
            BenchmarkRun run = new BenchmarkLauncher(
                            traceStore, new LocalModelConnections(), () -> verifier, Clock.systemUTC())
                    .launch(inputs, options.apiKey());
            JobOutcome outcome = runCancellable(run, progress, reported);
            progress.finish();
            out.printf(
                    Locale.ROOT,
                    "run %d %s: %d chains finished, %d skipped (already done), %d attempts%n",
                    outcome.runId(),
                    outcome.status().wireName(),
                    outcome.chainsFinished(),
                    outcome.chainsSkipped(),
                    outcome.attempts());
            outcome.failure().ifPresent(message -> out.println("failed: " + message));
            if (outcome.status() == RunStatus.INTERRUPTED) {
                out.println(interruption(outcome));
            }
            out.println();
            out.print(TableFormat.TEXT.render(new ReportService(traceStore)
                    .report(outcome.runId(), request.plan().modes())
                    .orElseThrow()
                    .statistics()));
            out.flush();
            return switch (outcome.status()) {
                case FINISHED -> 0;
                case CANCELLED -> 130;
                case INTERRUPTED -> EXIT_INTERRUPTED;
                default -> 1;
            };
        } finally {
            reported.countDown();
        }
    }

    /** One line: how many chains are left, how many calls the server failed, where, and how to go on. */
    static String interruption(JobOutcome outcome) {
        String where = outcome.lastFault()
                .map(fault -> (fault.endpoint() == null ? "the model" : fault.endpoint()) + " (" + fault.kind() + ": "
                        + fault.message() + ")")
                .orElse("the model");
        return "interrupted: " + outcome.chainsUnfinished() + " chains unfinished (in no rate) after "
                + outcome.faults() + " failed calls to " + where + "; resume with --resume " + outcome.runId();
    }

    /**
     * Runs on this thread. Ctrl-C cancels the run; the JVM then waits for {@code reported}, so the run is marked
     * cancelled and the partial table printed before the process ends.
     */
    private JobOutcome runCancellable(BenchmarkRun run, ConsoleProgress progress, CountDownLatch reported)
            throws Exception {
        Thread hook = new Thread(
                () -> {
                    run.cancel();
                    try {
                        reported.await(1, TimeUnit.MINUTES);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                },
                "bench-cancel");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            return run.execute(progress);
        } catch (ResumeRefusedException e) {
            throw new RefusedException("--resume " + run.request().resumeRunId() + ": " + e.getMessage());
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // The hook is running: it only waits for the results to be printed.
            }
        }
    }
}
