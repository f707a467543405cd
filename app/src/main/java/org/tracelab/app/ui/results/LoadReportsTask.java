package org.tracelab.app.ui.results;

import java.util.ArrayList;
import java.util.List;
import javafx.concurrent.Task;
import org.tracelab.app.ui.workspace.Workspace;

/** Reads the reports of the chosen runs and turns them into tables; runs that no longer exist are skipped. */
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
            workspace.report(runIds.get(i)).map(RunResults::from).ifPresent(results::add);
            updateProgress(i + 1, runIds.size());
        }
        return results;
    }
}
