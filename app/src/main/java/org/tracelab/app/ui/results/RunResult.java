package org.tracelab.app.ui.results;

import java.util.List;
import org.tracelab.core.stats.ResultsTable;

/**
 * A run's results: its heading, the shown rows, the core table that Markdown and CSV copies render, the strict
 * pass rate per instruction id and mode, and the run's paired mode comparisons (in {@code statistics}, from
 * {@link org.tracelab.app.service.RunResultsService}). {@code illustration}: the run holds hand-written
 * illustrations, not model output, and its heading says so.
 */
public record RunResult(long runId, String title, String details, List<ModeLine> lines, ResultsTable table,
        List<InstructionRate> instructions, ResultsTable statistics, boolean illustration) {

    public RunResult {
        lines = List.copyOf(lines);
        instructions = List.copyOf(instructions);
    }

    /** A run of model output. */
    public RunResult(long runId, String title, String details, List<ModeLine> lines, ResultsTable table,
            List<InstructionRate> instructions, ResultsTable statistics) {
        this(runId, title, details, lines, table, instructions, statistics, false);
    }

    /** Without per-instruction rates or comparisons. */
    public RunResult(long runId, String title, String details, List<ModeLine> lines, ResultsTable table) {
        this(runId, title, details, lines, table, List.of(), ResultsTable.builder().build());
    }
}
