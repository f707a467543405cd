package org.tracelab.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.tracelab.app.service.samples.SampleStoreService;
import org.tracelab.app.service.store.StoreLocation;
import org.tracelab.core.importing.ImportedRun;
import org.tracelab.core.samples.BundledSamples;
import org.tracelab.core.samples.IllustrativeRunBuilder;
import org.tracelab.core.samples.SourceText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tracelab samples}: the illustrative sample store, to try the app without a model. */
@Command(
        name = "samples",
        mixinStandardHelpOptions = true,
        description = {
            "Build the illustrative sample store: hand-written traces (not model output) in every mode, "
                    + "verified by Tracelab, so the app can be tried without a model.",
            "A store that already holds the illustration run is left as it is."
        })
public final class SamplesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(
            names = "--db",
            paramLabel = "FILE",
            description = "Store to build into (default: " + StoreLocation.SAMPLES_FILE_NAME
                    + " in the user's data folder; never $TRACELAB_DB); created if missing.")
    Path db;

    @Option(
            names = "--traces",
            paramLabel = "FILE",
            description =
                    "Hand-written traces to build from (default: the bundled samples/traces/illustrative-traces.jsonl).")
    Path traces;

    @Option(
            names = "--tasks",
            paramLabel = "FILE",
            description = "The tasks they answer (default: the bundled samples/tasks/tracelab-sample-tasks.jsonl).")
    Path tasks;

    @Mixin
    VerifierOptions verifierOptions;

    @Override
    public Integer call() {
        Path file = db != null ? db : StoreLocation.samplesStore();
        SourceText traceSource = traces == null ? BundledSamples.traces() : SourceText.read(traces);
        SourceText taskSource = tasks == null ? BundledSamples.tasks() : SourceText.read(tasks);
        SampleStoreService service = new SampleStoreService(verifierOptions.verifier(spec), Clock.systemUTC());
        // Built before the store is opened: bad sources exit without creating a file.
        ImportedRun run = service.prepare(traceSource, taskSource, IllustrativeRunBuilder.Listener.NONE);
        PrintWriter out = spec.commandLine().getOut();
        SampleStoreService.Stored stored = service.storeInto(file, run);
        if (stored instanceof SampleStoreService.Stored.Built built) {
            out.printf(
                    Locale.ROOT,
                    "built illustration run #%d in %s: %d chains, %d attempts, hand-written (not model "
                            + "output); verdicts by %s%n",
                    built.runId(),
                    file,
                    built.chains(),
                    built.attempts(),
                    built.verifierVersion());
        } else {
            out.println(file + " already holds the illustration run #" + stored.runId()
                    + "; nothing added (delete the file to build it again)");
        }
        out.println("open it with: tracelab --db " + file);
        out.flush();
        return 0;
    }
}
