package org.tracelab.app.ui.samples;

import org.tracelab.app.ui.errors.ErrorReporter;
import org.tracelab.app.ui.jobs.JobRequest;
import org.tracelab.app.ui.jobs.Jobs;
import org.tracelab.app.ui.workspace.StoreSession;

/**
 * Help › Open the illustrative sample store: builds it in the background when missing (cancellable between
 * chains), then opens it as any other store (the store open before closes once it is open).
 */
public final class SampleStoreOpener {

    private final SampleStores samples;
    private final StoreSession session;
    private final Jobs jobs;
    private final ErrorReporter errors;

    public SampleStoreOpener(SampleStores samples, StoreSession session, Jobs jobs, ErrorReporter errors) {
        this.samples = samples;
        this.session = session;
        this.jobs = jobs;
        this.errors = errors;
    }

    public void open() {
        jobs.submit(JobRequest.longRunning(
                        "Opening the illustrative sample store",
                        progress -> samples.ensureBuilt((done, total) -> {
                            progress.stopIfCancelled();
                            progress.message("verifying hand-written chain " + done + " of " + total);
                            progress.update(done, total);
                        }))
                .message("hand-written traces, not model output")
                .onSuccess(session::open)
                .onFailure(failure -> errors.report(
                        "Cannot build the illustrative sample store. Check that the data "
                                + "folder is writable, or build it with `tracelab samples --db FILE` and open that file.",
                        failure)));
    }
}
