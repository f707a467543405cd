package org.tracelab.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.tracelab.app.service.store.OpenStore;
import org.tracelab.app.service.store.ReverifyService;
import org.tracelab.app.service.store.ReverifyService.RunChanges;
import org.tracelab.core.verify.Verifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code tracelab reverify}: re-judge stored attempts with the current verifier. */
@Command(
        name = "reverify",
        mixinStandardHelpOptions = true,
        description = "Re-run the current verifier over stored attempts and report how many verdicts changed.")
public final class ReverifyCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Mixin
    VerifierOptions verifierOptions;

    @Option(names = "--run", paramLabel = "ID", description = "Only this run (default: all runs).")
    Long runId;

    @Override
    public Integer call() {
        Verifier verifier = verifierOptions.verifier(spec);
        List<RunChanges> changes;
        try (OpenStore traceStore = OpenStore.open(store.file())) {
            changes = new ReverifyService(traceStore, verifier)
                    .reverify(runId)
                    .orElseThrow(() -> new ParameterException(
                            spec.commandLine(), "--run: no run " + runId + " in " + store.file()));
        }
        PrintWriter out = spec.commandLine().getOut();
        int total = 0;
        for (RunChanges run : changes) {
            out.printf(
                    Locale.ROOT,
                    "run %d %s: %d attempts re-verified, %d verdicts changed (was %s, now %s)%n",
                    run.runId(),
                    run.name(),
                    run.attempts(),
                    run.changedVerdicts(),
                    run.previousVersion(),
                    verifier.version());
            total += run.changedVerdicts();
        }
        out.println(total + " verdicts changed in " + changes.size() + " runs");
        out.flush();
        return 0;
    }
}
