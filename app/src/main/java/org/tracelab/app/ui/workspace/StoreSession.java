package org.tracelab.app.ui.workspace;

import java.nio.file.Path;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.tracelab.app.service.workspace.Workspace;
import org.tracelab.app.service.workspace.WorkspaceOpener;
import org.tracelab.app.ui.errors.ErrorReporter;
import org.tracelab.app.ui.jobs.JobRequest;
import org.tracelab.app.ui.jobs.Jobs;

/**
 * The store the app has open. Opening happens in a background job; until it succeeds {@link #workspace()} is
 * null and the views wait. Switching stores closes the previous one, also in the background.
 */
public final class StoreSession {

    private final WorkspaceOpener opener;
    private final Jobs jobs;
    private final ErrorReporter errors;
    private final ReadOnlyObjectWrapper<Workspace> workspace = new ReadOnlyObjectWrapper<>(this, "workspace");
    private final ReadOnlyObjectWrapper<Path> storeFile = new ReadOnlyObjectWrapper<>(this, "storeFile");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "No store open");

    public StoreSession(WorkspaceOpener opener, Jobs jobs, ErrorReporter errors) {
        this.opener = opener;
        this.jobs = jobs;
        this.errors = errors;
    }

    /** The open store, or null while none is open. */
    public ReadOnlyObjectProperty<Workspace> workspace() {
        return workspace.getReadOnlyProperty();
    }

    /** The store file open or being opened. */
    public ReadOnlyObjectProperty<Path> storeFile() {
        return storeFile.getReadOnlyProperty();
    }

    /** A line for the status bar: the store, or what is happening to it. */
    public ReadOnlyStringProperty status() {
        return status.getReadOnlyProperty();
    }

    /** Opens (creating if missing) {@code file} in the background, then closes the store open before. */
    public void open(Path file) {
        Path absolute = file.toAbsolutePath();
        storeFile.set(absolute);
        status.set("Opening " + absolute + " …");
        jobs.submit(JobRequest.browse("Opening store", progress -> opener.open(absolute))
                .message(absolute.getFileName().toString())
                .onSuccess(opened -> {
                    Workspace previous = workspace.get();
                    workspace.set(opened);
                    status.set("Store: " + absolute);
                    if (previous != null) {
                        close(previous);
                    }
                })
                .onFailure(failure -> {
                    Workspace current = workspace.get();
                    storeFile.set(current == null ? null : current.storeFile());
                    status.set(current == null ? "No store open" : "Store: " + current.storeFile());
                    errors.report(
                            "Cannot open the trace store " + absolute + ". Check that the folder is writable "
                                    + "and the file is a Tracelab store, then choose File › Open store…",
                            failure);
                }));
    }

    /** Forgets the open store and hands it over, for the caller to close off the FX thread. */
    public Workspace detach() {
        Workspace current = workspace.get();
        workspace.set(null);
        return current;
    }

    private void close(Workspace previous) {
        jobs.submit(JobRequest.browse("Closing store", progress -> {
                    previous.close();
                    return null;
                })
                .message(previous.storeFile().getFileName().toString()));
    }
}
