package org.tracelab.app.ui.samples;

import java.nio.file.Path;
import javafx.concurrent.Task;
import org.tracelab.app.ui.errors.ErrorReporter;
import org.tracelab.app.ui.jobs.BackgroundJobs;
import org.tracelab.app.ui.workspace.StoreSession;

/**
 * Help › Open the illustrative sample store: builds it in the background when missing, then opens it as any
 * other store (the store open before closes once it is open).
 */
public final class SampleStoreOpener {

    private final SampleStores samples;
    private final StoreSession session;
    private final BackgroundJobs jobs;
    private final ErrorReporter errors;

    public SampleStoreOpener(SampleStores samples, StoreSession session, BackgroundJobs jobs, ErrorReporter errors) {
        this.samples = samples;
        this.session = session;
        this.jobs = jobs;
        this.errors = errors;
    }

    public Task<Path> open() {
        Task<Path> task = new BuildSampleStoreTask(samples);
        task.setOnSucceeded(event -> session.open(task.getValue()));
        task.setOnFailed(event -> errors.report("Cannot build the illustrative sample store. Check that the data "
                + "folder is writable, or build it with `tracelab samples --db FILE` and open that file.",
                task.getException()));
        return jobs.run(task);
    }
}
