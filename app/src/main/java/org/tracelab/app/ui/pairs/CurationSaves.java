package org.tracelab.app.ui.pairs;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javafx.concurrent.Task;
import org.tracelab.app.service.workspace.Workspace;
import org.tracelab.core.trace.Curation;
import org.tracelab.core.trace.CurationTarget;

/**
 * Saves curation decisions in background tasks so that the last decision asked for is the one stored, however
 * the job threads order the tasks: a task writes the latest requested decision of its pairs when it runs, and
 * writes are serialised. Requests are made on the FX thread.
 */
final class CurationSaves {

    private final Workspace workspace;
    private final Map<CurationTarget, Curation> requested = new ConcurrentHashMap<>();
    private final Object writeLock = new Object();

    CurationSaves(Workspace workspace) {
        this.workspace = workspace;
    }

    Workspace workspace() {
        return workspace;
    }

    /** The decision last asked for, else {@code saved}: what a new request should build on. */
    Curation latest(PairRow row) {
        return requested.getOrDefault(row.pair().target(), row.curation().get());
    }

    /** A task saving the latest decisions of {@code rows}, after recording {@code decisions} as requested. */
    Task<Map<CurationTarget, Curation>> save(Map<PairRow, Curation> decisions) {
        decisions.forEach((row, curation) -> requested.put(row.pair().target(), curation));
        List<CurationTarget> targets = decisions.keySet().stream().<CurationTarget>map(r -> r.pair().target()).toList();
        return new Task<>() {
            {
                updateTitle(targets.size() == 1 ? "Saving a pair decision" : "Saving " + targets.size() + " pair decisions");
                updateMessage("");
            }

            @Override
            protected Map<CurationTarget, Curation> call() {
                synchronized (writeLock) {
                    Map<CurationTarget, Curation> latest = new LinkedHashMap<>();
                    targets.forEach(target -> latest.put(target, requested.get(target)));
                    if (latest.size() == 1) {
                        latest.forEach(workspace::curate);
                    } else {
                        workspace.curateAll(latest);
                    }
                    return latest;
                }
            }
        };
    }

    /** Forgets requests that are now saved as asked, so later requests build on the stored state. */
    void saved(Map<CurationTarget, Curation> written) {
        written.forEach((target, curation) -> requested.remove(target, curation));
    }
}
