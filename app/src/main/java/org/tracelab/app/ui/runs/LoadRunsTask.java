package org.tracelab.app.ui.runs;

import java.time.ZoneId;
import java.util.List;
import javafx.concurrent.Task;
import org.tracelab.app.service.workspace.Workspace;

/** Reads the store's runs. */
final class LoadRunsTask extends Task<List<RunRow>> {

    private final Workspace workspace;

    LoadRunsTask(Workspace workspace) {
        this.workspace = workspace;
        updateTitle("Loading runs");
        updateMessage(workspace.storeFile().getFileName().toString());
    }

    @Override
    protected List<RunRow> call() {
        ZoneId zone = ZoneId.systemDefault();
        return workspace.runs().stream().map(run -> RunRow.of(run, zone)).toList();
    }
}
