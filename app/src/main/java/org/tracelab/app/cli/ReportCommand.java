package org.tracelab.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.tracelab.app.service.compare.CompareService;
import org.tracelab.app.service.compare.ComparedSides;
import org.tracelab.app.service.compare.UnknownSideException;
import org.tracelab.app.service.report.GroupReport;
import org.tracelab.app.service.report.ReportService;
import org.tracelab.app.service.report.RunGroupException;
import org.tracelab.app.service.report.RunGroupService;
import org.tracelab.app.service.report.RunReport;
import org.tracelab.app.service.report.RunSummary;
import org.tracelab.app.service.store.OpenStore;
import org.tracelab.core.compare.CompareSide;
import org.tracelab.core.stats.Resampling;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code tracelab report}: pass rates per run and mode from the verifier's raw verdicts (flags never change them),
 * with the statistics of ADR 0008. The JSON shapes are contracts: {@link ReportJson}, and with {@code --compare A B}
 * the comparison of {@link org.tracelab.core.compare.ComparisonJson}.
 */
@Command(
        name = "report",
        mixinStandardHelpOptions = true,
        description = "Pass rates per run and mode; --compare"
                + " compares two runs (or RUN:mode) task by task; --group reports per-seed runs as one experiment.")
public final class ReportCommand implements Callable<Integer> {

    enum Format {
        table,
        json,
        markdown,
        html
    }

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Option(names = "--run", paramLabel = "ID", description = "Only this run (default: all runs).")
    Long runId;

    @Option(
            names = "--format",
            paramLabel = "table|json|markdown|html",
            description = "Output format (default: table); html writes a static page into --out.")
    Format format = Format.table;

    @Option(
            names = "--compare",
            arity = "2",
            paramLabel = "SIDE",
            description = "Compare two sides task by task: each a run id or RUN:mode (e.g. 3:full_pcl).")
    List<String> compare;

    @Option(
            names = "--group",
            split = ",",
            paramLabel = "RUN",
            description = "Report these runs (same model, dataset and modes, different seeds) as one experiment.")
    List<Long> group;

    @Option(names = "--out", paramLabel = "DIR", description = "Folder for --format html (written: report.html).")
    Path outDir;

    @Override
    public Integer call() throws Exception {
        if (compare != null && group != null) {
            throw new ParameterException(spec.commandLine(), "--compare and --group cannot be combined");
        }
        if (format == Format.html && outDir == null) {
            throw new ParameterException(spec.commandLine(), "--format html needs --out DIR");
        }
        PrintWriter out = spec.commandLine().getOut();
        ReportPages pages = new ReportPages(out, format, outDir, store.file());
        try (OpenStore open = OpenStore.open(store.file())) {
            if (compare != null) {
                compare(open, pages);
            } else if (group != null) {
                GroupReport report;
                try {
                    report = new RunGroupService(open).report(group);
                } catch (RunGroupException e) {
                    throw new ParameterException(spec.commandLine(), "--group: " + e.getMessage());
                }
                pages.group(report);
            } else {
                runs(open, pages, out);
            }
        }
        out.flush();
        return 0;
    }

    private void compare(OpenStore open, ReportPages pages) throws Exception {
        CompareService service = new CompareService(open);
        ComparedSides sides;
        try {
            sides = service.sides(side(compare.get(0)), side(compare.get(1)));
        } catch (UnknownSideException e) {
            throw new ParameterException(spec.commandLine(), "--compare: " + e.getMessage());
        }
        pages.comparison(sides, service.compare(sides, Resampling.DEFAULT));
    }

    private void runs(OpenStore open, ReportPages pages, PrintWriter out) throws Exception {
        ReportService reports = new ReportService(open);
        List<RunSummary> summaries = reports.summaries(runId)
                .orElseThrow(() ->
                        new ParameterException(spec.commandLine(), "--run: no run " + runId + " in " + store.file()));
        if (format == Format.json) {
            out.println(ReportJson.render(summaries, reports::promptStrictIntervals));
            return;
        }
        if (format == Format.table) {
            ReportText.print(out, summaries);
        }
        List<RunReport> full = summaries.stream()
                .map(summary -> reports.report(
                                summary.run().id(), summary.run().info().modes())
                        .orElseThrow())
                .toList();
        pages.runs(full);
    }

    private CompareSide side(String text) {
        try {
            return CompareSide.parse(text);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--compare: " + e.getMessage());
        }
    }
}
