package org.tracelab.app.ui.results;

import java.util.List;
import org.tracelab.app.service.report.InstructionRate;
import org.tracelab.app.service.report.ModeRepairOutcomes;
import org.tracelab.app.service.report.ModeUsage;
import org.tracelab.app.service.report.SourceRate;
import org.tracelab.core.stats.ResultsTable;

/**
 * A run's results: its heading, the shown rows, the core table that Markdown and CSV copies render, the strict
 * pass rate per instruction id and mode, the run's paired mode comparisons (in {@code statistics}, from
 * {@link org.tracelab.app.service.report.ReportService}), how its repair modes' chains ended, and tokens and
 * latency per mode. {@code illustration}: the run holds hand-written illustrations, not model output, and its
 * heading says so. {@code sources}: per mode, the importing tool's own pass rate beside Tracelab's strict one
 * (imports that kept the tool's verdicts; empty otherwise). {@code unfinished}: for a run that stopped early, a
 * sentence saying how far it got and what the figures leave out; empty otherwise. {@code runId} is minus the
 * group's id for a run group shown as one experiment.
 */
public record RunResult(
        long runId,
        String title,
        String details,
        List<ModeLine> lines,
        ResultsTable table,
        List<InstructionRate> instructions,
        ResultsTable statistics,
        List<ModeRepairOutcomes> repairs,
        List<ModeUsage> usage,
        boolean illustration,
        List<SourceRate> sources,
        String unfinished) {

    public RunResult {
        lines = List.copyOf(lines);
        instructions = List.copyOf(instructions);
        repairs = List.copyOf(repairs);
        usage = List.copyOf(usage);
        sources = List.copyOf(sources);
        unfinished = unfinished == null ? "" : unfinished;
    }

    /** A run without an importing tool's own verdicts and without a note on unfinished chains. */
    public RunResult(
            long runId,
            String title,
            String details,
            List<ModeLine> lines,
            ResultsTable table,
            List<InstructionRate> instructions,
            ResultsTable statistics,
            List<ModeRepairOutcomes> repairs,
            List<ModeUsage> usage,
            boolean illustration) {
        this(
                runId,
                title,
                details,
                lines,
                table,
                instructions,
                statistics,
                repairs,
                usage,
                illustration,
                List.of(),
                "");
    }

    /** Whether this is a run group, not a run. */
    public boolean isGroup() {
        return runId < 0;
    }

    /** "run #3" or "group #2": what copies and statuses name. */
    public String subject() {
        return isGroup() ? "group #" + -runId : "run #" + runId;
    }

    /** The suffix of the pane's control ids: the run's id, or "g2" for group 2. */
    public String idSuffix() {
        return isGroup() ? "g" + -runId : Long.toString(runId);
    }

    /** A run of model output. */
    public RunResult(
            long runId,
            String title,
            String details,
            List<ModeLine> lines,
            ResultsTable table,
            List<InstructionRate> instructions,
            ResultsTable statistics,
            List<ModeRepairOutcomes> repairs,
            List<ModeUsage> usage) {
        this(runId, title, details, lines, table, instructions, statistics, repairs, usage, false);
    }

    /** A run of model output, without per-instruction rates, comparisons, repair outcomes or usage. */
    public RunResult(long runId, String title, String details, List<ModeLine> lines, ResultsTable table) {
        this(
                runId,
                title,
                details,
                lines,
                table,
                List.of(),
                ResultsTable.builder().build(),
                List.of(),
                List.of());
    }
}
