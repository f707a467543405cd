package org.tracelab.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tracelab.core.compare.CompareSide;
import org.tracelab.core.compare.ComparisonJson;
import org.tracelab.core.compare.InstructionFlips;
import org.tracelab.core.compare.RunComparison;
import org.tracelab.core.compare.RunGroupCheck;
import org.tracelab.core.compare.TaskChange;
import org.tracelab.core.compare.TaskRow;
import org.tracelab.core.stats.ClusteredBootstrap;
import org.tracelab.core.stats.ClusteredInterval;
import org.tracelab.core.stats.Grid;
import org.tracelab.core.stats.HtmlReport;
import org.tracelab.core.stats.ModeSummary;
import org.tracelab.core.stats.Resampling;
import org.tracelab.core.stats.ResultsTable;
import org.tracelab.core.stats.TableFormat;
import org.tracelab.core.stats.TaskKeyOrder;
import org.tracelab.core.stats.TaskSeedTally;
import org.tracelab.core.trace.RunInfo;
import org.tracelab.app.service.RunResultsService;
import org.tracelab.storage.StoredRun;
import org.tracelab.storage.TraceReader;
import org.tracelab.storage.TraceStore;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * The parts of {@code report} that print the statistics of ADR 0008: a run's tables in Markdown or HTML, a run
 * group as one experiment, and the task-by-task comparison of two sides. Reads the store through one reader.
 */
final class StatisticsReport {

    private final CommandSpec spec;
    private final Path storeFile;
    private final ReportCommand.Format format;
    private final Path outDir;

    StatisticsReport(CommandSpec spec, Path storeFile, ReportCommand.Format format, Path outDir) {
        this.spec = spec;
        this.storeFile = storeFile;
        this.format = format;
        this.outDir = outDir;
    }

    /** A run's statistics from its per-(mode, task, seed) tallies, modes in the run's order. */
    static ResultsTable table(TraceReader reader, long runId) {
        RunInfo info = reader.run(runId).orElseThrow().info();
        return table(reader.taskSeedTallies(runId, ""), info.modes());
    }

    static ResultsTable table(List<TaskSeedTally> tallies, List<String> modeOrder) {
        Map<String, List<TaskSeedTally>> byMode = new LinkedHashMap<>();
        modeOrder.forEach(mode -> byMode.put(mode, new ArrayList<>()));
        tallies.forEach(t -> byMode.computeIfAbsent(t.mode(), m -> new ArrayList<>()).add(t));
        ResultsTable.Builder table = ResultsTable.builder();
        byMode.forEach((mode, modeTallies) -> {
            if (!modeTallies.isEmpty()) {
                table.mode(mode, modeTallies, Double.NaN, Double.NaN);
            }
        });
        return table.build();
    }

    /**
     * Per mode, the task-clustered interval of the prompt-level strict rate (for the JSON's prompt_strict_ci95): only
     * that one interval, so listing many runs stays quick.
     */
    static Map<String, ClusteredInterval> promptStrictIntervals(TraceReader reader, long runId) {
        Map<String, Map<String, int[]>> byMode = new LinkedHashMap<>();
        for (TaskSeedTally t : reader.taskSeedTallies(runId, "")) {
            int[] sums = byMode.computeIfAbsent(t.mode(), m -> new java.util.TreeMap<>(TaskKeyOrder.ORDER))
                    .computeIfAbsent(t.task(), k -> new int[2]);
            sums[0] += t.promptStrict();
            sums[1] += t.chains();
        }
        Map<String, ClusteredInterval> intervals = new LinkedHashMap<>();
        byMode.forEach((mode, tasks) -> {
            double[] passed = tasks.values().stream().mapToDouble(c -> c[0]).toArray();
            double[] chains = tasks.values().stream().mapToDouble(c -> c[1]).toArray();
            Resampling r = Resampling.DEFAULT;
            intervals.put(mode, ClusteredBootstrap.ratio(passed, chains, r.resamples(), r.confidence(), r.seed()));
        });
        return intervals;
    }

    /** Every run (or one) in Markdown or as an HTML page, with the full statistics (one pass over the records). */
    int runs(Long runId) throws IOException {
        try (TraceStore store = TraceStore.open(storeFile); TraceReader reader = store.openReader()) {
            List<StoredRun> runs = runId == null ? reader.runs() : List.of(reader.run(runId).orElseThrow(
                    () -> new ParameterException(spec.commandLine(), "--run: no run " + runId + " in " + storeFile)));
            List<HtmlReport.RunSection> sections = new ArrayList<>();
            for (StoredRun run : runs) {
                ResultsTable table = new RunResultsService(reader).results(run.id(), run.info().modes());
                sections.add(new HtmlReport.RunSection("#" + run.id() + " " + run.info().name(), details(run.info()),
                        table, run.info().isIllustration()));
            }
            return emit(sections, List.of(), "Tracelab results");
        }
    }

    /** Runs reported as one experiment: seeds of all runs are the replicates, tasks the clusters. */
    int group(List<Long> runIds) throws IOException {
        try (TraceStore store = TraceStore.open(storeFile); TraceReader reader = store.openReader()) {
            Map<Long, RunInfo> infos = new LinkedHashMap<>();
            for (long id : runIds) {
                if (infos.containsKey(id)) {
                    throw new ParameterException(spec.commandLine(), "--group: run " + id + " is listed twice");
                }
                infos.put(id, reader.run(id).orElseThrow(() -> new ParameterException(spec.commandLine(),
                        "--group: no run " + id + " in " + storeFile)).info());
            }
            List<String> problems = RunGroupCheck.problems(infos);
            if (!problems.isEmpty()) {
                throw new ParameterException(spec.commandLine(), "--group: these runs are not one experiment: "
                        + String.join("; ", problems));
            }
            List<TaskSeedTally> tallies = new ArrayList<>();
            for (long id : runIds) {
                tallies.addAll(reader.taskSeedTallies(id, id + "/"));
            }
            RunInfo first = infos.values().iterator().next();
            ResultsTable table = table(tallies, first.modes());
            String title = "Group of runs " + runIds.stream().map(String::valueOf).reduce((a, b) -> a + ", " + b)
                    .orElseThrow();
            String details = first.model().name() + " · " + first.dataset().name() + " · "
                    + infos.values().stream().mapToInt(i -> Math.max(1, i.seeds().size())).sum() + " seeds over "
                    + runIds.size() + " runs";
            if (format == ReportCommand.Format.json) {
                print(groupJson(runIds, first, table));
                return 0;
            }
            return emit(List.of(new HtmlReport.RunSection(title, details, table,
                    infos.values().stream().anyMatch(RunInfo::isIllustration))), List.of(), title);
        }
    }

    /** Two sides task by task. */
    int compare(String a, String b) throws IOException {
        CompareSide sideA = side("--compare", a);
        CompareSide sideB = side("--compare", b);
        try (TraceStore store = TraceStore.open(storeFile); TraceReader reader = store.openReader()) {
            RunInfo runA = runOf(reader, sideA);
            RunInfo runB = runOf(reader, sideB);
            RunComparison comparison = RunComparison.of(reader.sideTasks(sideA), reader.sideTasks(sideB),
                    Resampling.DEFAULT);
            if (format == ReportCommand.Format.json) {
                print(ComparisonJson.of(sideA, runA, sideB, runB, comparison));
                return 0;
            }
            String title = "Compare A = " + sideA.label() + " (" + runA.model().name() + ") with B = "
                    + sideB.label() + " (" + runB.model().name() + ")";
            if (format == ReportCommand.Format.html) {
                return emit(List.of(), List.of(new HtmlReport.ComparisonSection(title, sideA.label() + " "
                        + runA.name(), sideB.label() + " " + runB.name(), comparison)), title);
            }
            TableFormat table = format == ReportCommand.Format.markdown ? TableFormat.MARKDOWN : TableFormat.TEXT;
            PrintWriter out = spec.commandLine().getOut();
            out.println((format == ReportCommand.Format.markdown ? "### " : "") + title);
            out.println();
            out.println(table.render(summaryGrid(comparison)));
            out.println(table.render(instructionGrid(comparison)));
            out.println(table.render(rowGrid(comparison)));
            out.flush();
            return 0;
        }
    }

    private CompareSide side(String option, String text) {
        try {
            return CompareSide.parse(text);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), option + ": " + e.getMessage());
        }
    }

    private RunInfo runOf(TraceReader reader, CompareSide side) {
        RunInfo info = reader.run(side.runId()).map(StoredRun::info).orElseThrow(() -> new ParameterException(
                spec.commandLine(), "--compare: no run " + side.runId() + " in " + storeFile));
        for (String mode : side.modes()) {
            if (!info.modes().contains(mode)) {
                throw new ParameterException(spec.commandLine(), "--compare: run " + side.runId() + " has no mode "
                        + mode + " (it has " + String.join(", ", info.modes()) + ")");
            }
        }
        return info;
    }

    private static Grid summaryGrid(RunComparison c) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("tasks on both sides", Integer.toString(c.tasks())));
        rows.add(List.of("only on A / only on B", c.onlyA() + " / " + c.onlyB()));
        for (TaskChange change : TaskChange.values()) {
            rows.add(List.of(change.wireName(), Integer.toString(c.count(change))));
        }
        rows.add(List.of("A prompt strict %", percent(c.rateA())));
        rows.add(List.of("B prompt strict %", percent(c.rateB())));
        rows.add(List.of("B − A pp (paired bootstrap over tasks, 95% CI)", String.format(Locale.ROOT,
                "%s [%s, %s]", points(c.difference().difference()), points(c.difference().lower()),
                points(c.difference().upper()))));
        rows.add(List.of("bootstrap", c.difference().resamples() + " resamples, seed " + c.difference().seed()));
        rows.add(List.of(c.test().method().label() + " p", String.format(Locale.ROOT, "%.4f", c.test().pValue())));
        return new Grid(List.of("figure", "value"), List.of(false, true), rows);
    }

    private static Grid instructionGrid(RunComparison c) {
        List<List<String>> rows = new ArrayList<>();
        for (InstructionFlips f : c.instructionFlips()) {
            rows.add(List.of(f.instructionId(), Integer.toString(f.tasks()), Integer.toString(f.fixed()),
                    Integer.toString(f.broken())));
        }
        return new Grid(List.of("instruction", "tasks", "fixed", "broken"), List.of(false, true, true, true), rows);
    }

    private static Grid rowGrid(RunComparison c) {
        List<List<String>> rows = new ArrayList<>();
        for (TaskRow row : c.rows()) {
            rows.add(List.of(row.key(), verdict(row.a().strict()), verdict(row.b().strict()), verdict(row.a().loose()),
                    verdict(row.b().loose()), row.change().wireName(), row.a().strictPasses() + "/" + row.a().chains(),
                    row.b().strictPasses() + "/" + row.b().chains()));
        }
        return new Grid(List.of("task", "A strict", "B strict", "A loose", "B loose", "change", "A chains passed",
                "B chains passed"), List.of(false, false, false, false, false, false, true, true), rows);
    }

    private int emit(List<HtmlReport.RunSection> runs, List<HtmlReport.ComparisonSection> comparisons, String title)
            throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (format == ReportCommand.Format.html) {
            Files.createDirectories(outDir);
            Path page = outDir.resolve("report.html");
            Path partial = outDir.resolve("report.html.partial");
            Files.writeString(partial, HtmlReport.page(title, runs, comparisons, "Written by tracelab report from "
                    + storeFile.getFileName() + "."), StandardCharsets.UTF_8);
            Files.move(partial, page, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            out.println("wrote " + page);
        } else {
            TableFormat table = format == ReportCommand.Format.markdown ? TableFormat.MARKDOWN : TableFormat.TEXT;
            for (HtmlReport.RunSection run : runs) {
                out.println((format == ReportCommand.Format.markdown ? "### " : "") + run.title());
                out.println();
                out.println(run.details() + (run.illustration() ? " · ILLUSTRATION (hand-written, not model output)"
                        : ""));
                out.println();
                out.println(table.render(run.table()));
            }
        }
        out.flush();
        return 0;
    }

    private ObjectNode groupJson(List<Long> runIds, RunInfo first, ResultsTable table) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        ArrayNode runs = root.putArray("runs");
        runIds.forEach(runs::add);
        root.put("model", first.model().name());
        root.put("dataset", first.dataset().name());
        ObjectNode modes = root.putObject("modes");
        for (ModeSummary mode : table.modes()) {
            ObjectNode m = modes.putObject(mode.mode());
            m.put("seeds", mode.seeds());
            m.put("tasks", mode.intervals().tasks());
            m.put("chains", mode.intervals().chains());
            m.put("prompt_strict", mode.intervals().promptStrict().estimate());
            m.put("prompt_strict_mean", mode.promptStrict().mean());
            putNumber(m, "prompt_strict_std", mode.promptStrict().std());
            ClusteredInterval ci = mode.intervals().promptStrict();
            ArrayNode ci95 = m.putArray("prompt_strict_ci95");
            ci95.add(ci.lower()).add(ci.upper());
            m.put("prompt_loose", mode.intervals().promptLoose().estimate());
            m.put("instruction_strict", mode.intervals().instructionStrict().estimate());
            m.put("instruction_loose", mode.intervals().instructionLoose().estimate());
        }
        return root;
    }

    private void print(ObjectNode json) throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(json));
        out.flush();
    }

    private static void putNumber(ObjectNode node, String field, double value) {
        if (Double.isNaN(value)) {
            node.putNull(field);
        } else {
            node.put(field, value);
        }
    }

    private static String details(RunInfo info) {
        String seeds = info.seeds().isEmpty() ? "no seed" : info.seeds().size() == 1 ? "seed " + info.seeds().get(0)
                : info.seeds().size() + " seeds";
        return info.model().name() + " · " + seeds + " · verifier " + info.verifierVersion();
    }

    private static String verdict(boolean pass) {
        return pass ? "pass" : "fail";
    }

    private static String percent(double rate) {
        return Double.isNaN(rate) ? "–" : String.format(Locale.ROOT, "%.1f", rate * 100);
    }

    private static String points(double difference) {
        return Double.isNaN(difference) ? "–" : String.format(Locale.ROOT, "%+.1f", difference * 100);
    }
}
