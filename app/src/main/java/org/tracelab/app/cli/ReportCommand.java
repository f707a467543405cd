package org.tracelab.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.tracelab.app.service.ReportService;
import org.tracelab.app.service.ReportService.RunReport;
import org.tracelab.core.stats.ClusteredInterval;
import org.tracelab.core.stats.SeedSpread;
import org.tracelab.core.stats.TableFormat;
import org.tracelab.storage.TraceReader;
import org.tracelab.storage.TraceStore;
import org.tracelab.storage.query.ChainSummary;
import org.tracelab.storage.query.ModeAggregate;
import org.tracelab.storage.query.Rates;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code tracelab report}: pass rates per run and mode from the verifier's raw verdicts (flags never change
 * them), with the statistics of ADR 0008. The JSON shapes are contracts: {@code {"runs": [{"id", "name", "model",
 * "seeds", "modes": {"<mode>": {..., "prompt_strict_ci95": [lo, hi]}}}]}}, and with {@code --compare A B} the
 * comparison of {@link org.tracelab.core.compare.ComparisonJson}.
 */
@Command(name = "report", mixinStandardHelpOptions = true, description = "Pass rates per run and mode; --compare"
        + " compares two runs (or RUN:mode) task by task; --group reports per-seed runs as one experiment.")
public final class ReportCommand implements Callable<Integer> {

    enum Format { table, json, markdown, html }

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Option(names = "--run", paramLabel = "ID", description = "Only this run (default: all runs).")
    Long runId;

    @Option(names = "--format", paramLabel = "table|json|markdown|html",
            description = "Output format (default: table); html writes a static page into --out.")
    Format format = Format.table;

    @Option(names = "--compare", arity = "2", paramLabel = "SIDE",
            description = "Compare two sides task by task: each a run id or RUN:mode (e.g. 3:full_pcl).")
    List<String> compare;

    @Option(names = "--group", split = ",", paramLabel = "RUN",
            description = "Report these runs (same model, dataset and modes, different seeds) as one experiment.")
    List<Long> group;

    @Option(names = "--out", paramLabel = "DIR", description = "Folder for --format html (written: report.html).")
    java.nio.file.Path outDir;

    @Override
    public Integer call() throws Exception {
        if (compare != null && group != null) {
            throw new ParameterException(spec.commandLine(), "--compare and --group cannot be combined");
        }
        if (format == Format.html && outDir == null) {
            throw new ParameterException(spec.commandLine(), "--format html needs --out DIR");
        }
        StatisticsReport statistics = new StatisticsReport(spec, store.file(), format, outDir);
        if (compare != null) {
            return statistics.compare(compare.get(0), compare.get(1));
        }
        if (group != null) {
            return statistics.group(group);
        }
        if (format == Format.markdown || format == Format.html) {
            return statistics.runs(runId);
        }
        PrintWriter console = spec.commandLine().getOut();
        try (TraceStore traceStore = TraceStore.open(store.file()); TraceReader reader = traceStore.openReader()) {
            List<RunReport> reports = new ReportService(reader).report(runId).orElseThrow(
                    () -> new ParameterException(spec.commandLine(), "--run: no run " + runId + " in " + store.file()));
            if (format == Format.json) {
                console.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                        .writeValueAsString(json(reports, reader)));
            } else {
                printTable(console, reports);
                for (RunReport report : reports) {
                    console.printf(Locale.ROOT, "run %d with task-clustered statistics (ADR 0008):%n%n",
                            report.run().id());
                    console.println(TableFormat.TEXT.render(StatisticsReport.table(reader, report.run().id())));
                }
            }
        }
        console.flush();
        return 0;
    }

    private static ObjectNode json(List<RunReport> reports, TraceReader reader) {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        ArrayNode runs = root.putArray("runs");
        for (RunReport report : reports) {
            ObjectNode run = runs.addObject();
            run.put("id", report.run().id());
            run.put("name", report.run().info().name());
            run.put("model", report.run().info().model().name());
            ArrayNode seeds = run.putArray("seeds");
            report.run().info().seeds().forEach(seeds::add);
            ObjectNode modes = run.putObject("modes");
            java.util.Map<String, ClusteredInterval> intervals = StatisticsReport.promptStrictIntervals(reader,
                    report.run().id());
            for (ModeAggregate aggregate : report.modes()) {
                Rates rates = aggregate.all();
                ObjectNode mode = modes.putObject(aggregate.mode());
                mode.put("chains", rates.chains());
                mode.put("attempts", rates.attempts());
                mode.put("prompt_strict", rates.promptStrict());
                mode.put("prompt_loose", rates.promptLoose());
                mode.put("instruction_strict", rates.instructionStrict());
                mode.put("instruction_loose", rates.instructionLoose());
                mode.put("source_disagreements", rates.sourceDisagreements());
                ClusteredInterval ci = intervals.get(aggregate.mode());
                ArrayNode ci95 = mode.putArray("prompt_strict_ci95"); // task-clustered, same units as prompt_strict
                if (ci == null || !ci.defined()) {
                    ci95.addNull().addNull();
                } else {
                    ci95.add(ci.lower()).add(ci.upper());
                }
            }
        }
        return root;
    }

    private static void printTable(PrintWriter out, List<RunReport> reports) {
        if (reports.isEmpty()) {
            out.println("no runs in the store");
        }
        for (RunReport report : reports) {
            var info = report.run().info();
            out.printf(Locale.ROOT, "run %d  %s  model %s  seeds %s  verifier %s%n", report.run().id(), info.name(),
                    info.model().name(), info.seeds().isEmpty() ? "-" : info.seeds(), info.verifierVersion());
            out.printf(Locale.ROOT, "  %-14s %7s %9s %15s %15s %15s %15s %14s%n", "mode", "chains", "attempts",
                    "prompt strict", "prompt loose", "instr. strict", "instr. loose", "source differs");
            for (ModeAggregate aggregate : report.modes()) {
                Rates rates = aggregate.all();
                out.printf(Locale.ROOT, "  %-14s %7d %9d %15s %15s %15s %15s %14s%n", aggregate.mode(), rates.chains(),
                        rates.attempts(), cell(aggregate, Rates::promptStrict), cell(aggregate, Rates::promptLoose),
                        cell(aggregate, Rates::instructionStrict), cell(aggregate, Rates::instructionLoose),
                        rates.sourceDisagreements() == 0 ? "-" : String.valueOf(rates.sourceDisagreements()));
            }
            printDisagreements(out, report);
            out.println();
        }
    }

    private static void printDisagreements(PrintWriter out, RunReport report) {
        long total = report.modes().stream().mapToLong(m -> m.all().sourceDisagreements()).sum();
        if (total == 0) {
            return;
        }
        out.printf(Locale.ROOT, "  where the imported tool's own verdict differs from Tracelab's (strict):%n");
        for (ChainSummary chain : report.disagreements()) {
            out.printf(Locale.ROOT, "    chain %-6d task %-8s %-14s source %-4s tracelab %s%n", chain.chainId(),
                    chain.datasetKey(), chain.mode(), verdict(chain.sourcePass()), verdict(chain.finalStrict()));
        }
        if (total > report.disagreements().size()) {
            out.printf(Locale.ROOT, "    ... and %d more%n", total - report.disagreements().size());
        }
    }

    private static String verdict(Boolean pass) {
        return pass == null ? "-" : pass ? "pass" : "fail";
    }

    /** The rate over all seeds, as mean ± std over seeds when there are several. */
    private static String cell(ModeAggregate aggregate, Function<Rates, Double> rate) {
        List<Double> rates = aggregate.seedRates(rate);
        if (rates.size() > 1) {
            SeedSpread spread = SeedSpread.of(rates);
            return String.format(Locale.ROOT, "%.1f ± %.1f %%", 100 * spread.mean(), 100 * spread.std());
        }
        return rates.isEmpty() ? "-" : String.format(Locale.ROOT, "%.1f %%", 100 * rates.get(0));
    }
}
