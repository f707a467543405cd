package org.tracelab.app.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.tracelab.app.service.workspace.StoreWorkspace;
import org.tracelab.app.service.workspace.Workspace;
import org.tracelab.app.ui.errors.ErrorReporter;
import org.tracelab.app.ui.jobs.ImmediateJobs;
import org.tracelab.app.ui.workspace.StoreSession;

/**
 * What a view-model test needs around its view model, without an FX toolkit: jobs that run at once on the test's
 * thread, a store session on real (temporary) stores, and an error reporter that keeps what it was told.
 */
public final class ImmediateSession implements AutoCloseable {

    private final ImmediateJobs jobs = new ImmediateJobs();
    private final List<String> reported = new ArrayList<>();
    private final ErrorReporter errors =
            (summary, cause) -> reported.add(summary + (cause == null ? "" : " [" + cause.getMessage() + "]"));
    private final StoreSession session = new StoreSession(StoreWorkspace::open, jobs, errors);

    /** Opens (creating if missing) the store in {@code file}; the job runs before this returns. */
    public ImmediateSession open(Path file) {
        session.open(file);
        return this;
    }

    public ImmediateJobs jobs() {
        return jobs;
    }

    public ErrorReporter errors() {
        return errors;
    }

    public StoreSession session() {
        return session;
    }

    public Workspace workspace() {
        return session.workspace().get();
    }

    /** What was reported to the person, in order. */
    public List<String> reported() {
        return List.copyOf(reported);
    }

    @Override
    public void close() {
        Workspace open = session.detach();
        if (open != null) {
            open.close();
        }
    }
}
