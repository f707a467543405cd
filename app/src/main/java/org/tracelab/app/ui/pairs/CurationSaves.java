package org.tracelab.app.ui.pairs;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.tracelab.app.service.workspace.Workspace;
import org.tracelab.app.ui.jobs.Work;
import org.tracelab.core.trace.Curation;
import org.tracelab.core.trace.CurationTarget;

/**
 * Saves curation decisions in background jobs so that the last decision asked for is the one stored, however
 * the job threads order the jobs: a job writes the latest requested decision of its pairs when it runs, and
 * writes are serialised. Requests are made on the UI thread.
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

    /**
     * The work of saving the latest decisions of {@code decisions}' pairs, after recording {@code decisions} as
     * requested; it returns what it wrote.
     */
    Work<Map<CurationTarget, Curation>> save(Map<PairRow, Curation> decisions) {
        decisions.forEach((row, curation) -> requested.put(row.pair().target(), curation));
        List<CurationTarget> targets = decisions.keySet().stream()
                .<CurationTarget>map(r -> r.pair().target())
                .toList();
        return progress -> {
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
        };
    }

    /** Forgets requests that are now saved as asked, so later requests build on the stored state. */
    void saved(Map<CurationTarget, Curation> written) {
        written.forEach((target, curation) -> requested.remove(target, curation));
    }
}
