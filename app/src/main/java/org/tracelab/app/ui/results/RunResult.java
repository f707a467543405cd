package org.tracelab.app.ui.results;

import java.util.List;
import org.tracelab.core.stats.ResultsTable;

/** A run's results: its heading, the shown rows, and the core table that Markdown and CSV copies render. */
public record RunResult(long runId, String title, String details, List<ModeLine> lines, ResultsTable table) {

    public RunResult {
        lines = List.copyOf(lines);
    }
}
