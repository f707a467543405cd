package org.tracelab.app.ui.pairs;

import java.util.List;
import java.util.concurrent.CancellationException;
import javafx.concurrent.Task;
import org.tracelab.app.service.pairs.PairFilter;
import org.tracelab.app.service.workspace.Workspace;

/** Mines the pair candidates of a filter, task by task, with progress; cancelling stops after the current task. */
final class LoadPairsTask extends Task<List<PairRow>> {

    private final Workspace workspace;
    private final PairFilter filter;

    LoadPairsTask(Workspace workspace, PairFilter filter) {
        this.workspace = workspace;
        this.filter = filter;
        updateTitle("Mining pairs");
        updateMessage("run " + filter.runId());
    }

    @Override
    protected List<PairRow> call() {
        return workspace.pairs(filter, (done, total) -> {
            if (isCancelled()) {
                throw new CancellationException("pair mining cancelled");
            }
            updateProgress(done, total);
            updateMessage("run " + filter.runId() + ": task " + done + " of " + total);
        }).stream().map(PairRow::new).toList();
    }
}
