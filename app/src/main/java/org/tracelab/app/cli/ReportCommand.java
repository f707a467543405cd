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
import org.tracelab.core.stats.SeedSpread;
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
 * them). The JSON shape is a contract: {@code {"runs": [{"id", "name", "model", "seeds", "modes": {...}}]}}.
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
        List<RunReport> reports;
        try (TraceStore traceStore = TraceStore.open(store.file()); TraceReader reader = traceStore.openReader()) {
            reports = new ReportService(reader).report(runId).orElseThrow(
                    () -> new ParameterException(spec.commandLine(), "--run: no run " + runId + " in " + store.file()));
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(json(reports)));
        } else {
            printTable(out, reports);
        }
        out.flush();
        return 0;
    }

    private static ObjectNode json(List<RunReport> reports) {
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
            for (ModeAggregate aggregate : report.modes()) {
                Rates rates = aggregate.all();
                ObjectNode mode = modes.putObject(aggregate.mode());
                mode.put("chains", rates.chains());
                mode.put("finished_chains", rates.finishedChains());
                mode.put("attempts", rates.attempts());
                mode.put("prompt_strict", rates.promptStrict());
                mode.put("prompt_loose", rates.promptLoose());
                mode.put("instruction_strict", rates.instructionStrict());
                mode.put("instruction_loose", rates.instructionLoose());
                mode.put("source_disagreements", rates.sourceDisagreements());
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
