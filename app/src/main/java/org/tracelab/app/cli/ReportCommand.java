package org.tracelab.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.tracelab.app.service.report.ReportService;
import org.tracelab.app.service.report.RunSummary;
import org.tracelab.app.service.store.OpenStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code tracelab report}: pass rates per run and mode from the verifier's raw verdicts (flags never change
 * them). The JSON shape is a contract ({@link ReportJson}).
 */
@Command(name = "report", mixinStandardHelpOptions = true, description = "Pass rates per run and mode.")
public final class ReportCommand implements Callable<Integer> {

    enum Format { table, json }

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Option(names = "--run", paramLabel = "ID", description = "Only this run (default: all runs).")
    Long runId;

    @Option(names = "--format", paramLabel = "table|json", description = "Output format (default: table).")
    Format format = Format.table;

    @Override
    public Integer call() throws Exception {
        List<RunSummary> summaries;
        try (OpenStore traceStore = OpenStore.open(store.file())) {
            summaries = new ReportService(traceStore).summaries(runId).orElseThrow(
                    () -> new ParameterException(spec.commandLine(), "--run: no run " + runId + " in " + store.file()));
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            out.println(ReportJson.render(summaries));
        } else {
            ReportText.print(out, summaries);
        }
        out.flush();
        return 0;
    }
}
