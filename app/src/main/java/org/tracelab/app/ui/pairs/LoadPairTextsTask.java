package org.tracelab.app.ui.pairs;

import javafx.concurrent.Task;
import org.tracelab.app.service.pairs.MinedPair;
import org.tracelab.app.service.pairs.PairTexts;
import org.tracelab.app.service.workspace.Workspace;

/** Reads the two answers and the prompt of the selected pair. */
final class LoadPairTextsTask extends Task<PairTexts> {

    private final Workspace workspace;
    private final MinedPair pair;

    LoadPairTextsTask(Workspace workspace, MinedPair pair) {
        this.workspace = workspace;
        this.pair = pair;
        updateTitle("Reading a pair");
        updateMessage("task " + pair.taskKey());
    }

    @Override
    protected PairTexts call() {
        return workspace.pairTexts(pair);
    }
}
