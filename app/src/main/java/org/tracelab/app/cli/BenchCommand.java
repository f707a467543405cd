package org.tracelab.app.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
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
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code tracelab bench}: runs a compliance benchmark against a local model, recording every attempt in the
 * store. Ctrl-C cancels cleanly (the run is marked cancelled, no chain is left half-written as finished);
 * {@code --resume RUN_ID} continues it without duplicating a chain. Exit code 0 finished, 130 cancelled, 1 failed.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Run a compliance benchmark against a local model (OpenAI-compatible server or GGUF file).")
public final class BenchCommand implements Callable<Integer> {

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
        Verifier verifier = verifierOptions.verifier(spec);
        PrintWriter out = spec.commandLine().getOut();
        ConsoleProgress progress = new ConsoleProgress(spec.commandLine().getErr());
        try (OpenStore traceStore = OpenStore.open(store.file())) {
            BenchmarkRun run = new BenchmarkLauncher(traceStore, new LocalModelConnections(), () -> verifier,
                    Clock.systemUTC()).launch(request, options.apiKey());
            JobOutcome outcome = runCancellable(run, progress);
            progress.finish();
            out.printf(Locale.ROOT, "run %d %s: %d chains finished, %d skipped (already done), %d attempts%n",
                    outcome.runId(), outcome.status().wireName(), outcome.chainsFinished(), outcome.chainsSkipped(),
                    outcome.attempts());
            outcome.failure().ifPresent(message -> out.println("failed: " + message));
            out.println();
            out.print(TableFormat.TEXT.render(new ReportService(traceStore)
                    .report(outcome.runId(), request.plan().modes()).orElseThrow().statistics()));
            out.flush();
            return outcome.status() == RunStatus.FINISHED ? 0 : outcome.status() == RunStatus.CANCELLED ? 130 : 1;
        }
    }

    /** Runs on this thread; Ctrl-C cancels the run and waits until it is marked cancelled. */
    private JobOutcome runCancellable(BenchmarkRun run, ConsoleProgress progress) throws Exception {
        Thread hook = new Thread(() -> {
            run.cancel();
            try {
                run.awaitEnd(1, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "bench-cancel");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            return run.execute(progress);
        } catch (ResumeRefusedException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage()
                    + "; resume it with the options it was started with");
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // The hook is running: it only waits for the run's end.
            }
        }
    }
}
