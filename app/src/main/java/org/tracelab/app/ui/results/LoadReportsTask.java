package org.tracelab.app.ui.results;

import java.util.ArrayList;
import java.util.List;
import javafx.concurrent.Task;
import org.tracelab.app.service.workspace.Workspace;

/**
 * Reads the whole reports of the chosen runs ({@link Workspace#report}: tables, paired mode comparisons and, from one
 * pass over each run's records, per-instruction rates, repair outcomes and tokens and latency per mode); runs that
 * no longer exist are skipped.
 */
final class LoadReportsTask extends Task<List<RunResult>> {

    private final Workspace workspace;
    private final List<Long> runIds;

    LoadReportsTask(Workspace workspace, List<Long> runIds) {
        this.workspace = workspace;
        this.runIds = List.copyOf(runIds);
        updateTitle("Loading results");
        updateMessage(runIds.size() == 1 ? "run " + runIds.get(0) : runIds.size() + " runs");
    }

    @Override
    protected List<RunResult> call() {
        List<RunResult> results = new ArrayList<>();
        for (int i = 0; i < runIds.size() && !isCancelled(); i++) {
            workspace.report(runIds.get(i)).ifPresent(report -> results.add(RunResults.from(report)));
            updateProgress(i + 1, runIds.size());
        }
        return results;
    }
}
