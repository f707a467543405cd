package org.tracelab.app.ui.workspace;

import org.tracelab.app.service.workspace.Workspace;
import org.tracelab.app.service.workspace.WorkspaceOpener;
import java.nio.file.Path;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;
import org.tracelab.app.ui.errors.ErrorReporter;
import org.tracelab.app.ui.jobs.BackgroundJobs;

/**
 * The store the app has open. Opening happens in a background job; until it succeeds {@link #workspace()} is
 * null and the views wait. Switching stores closes the previous one, also in the background.
 */
public final class StoreSession {

    private final WorkspaceOpener opener;
    private final BackgroundJobs jobs;
    private final ErrorReporter errors;
    private final ReadOnlyObjectWrapper<Workspace> workspace = new ReadOnlyObjectWrapper<>(this, "workspace");
    private final ReadOnlyObjectWrapper<Path> storeFile = new ReadOnlyObjectWrapper<>(this, "storeFile");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "No store open");

    public StoreSession(WorkspaceOpener opener, BackgroundJobs jobs, ErrorReporter errors) {
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
    public Task<Workspace> open(Path file) {
        Path absolute = file.toAbsolutePath();
        storeFile.set(absolute);
        status.set("Opening " + absolute + " …");
        Task<Workspace> task = new OpenStoreTask(opener, absolute);
        task.setOnSucceeded(event -> {
            Workspace previous = workspace.get();
            workspace.set(task.getValue());
            status.set("Store: " + absolute);
            if (previous != null) {
                jobs.run(new CloseStoreTask(previous));
            }
        });
        task.setOnFailed(event -> {
            Workspace current = workspace.get();
            storeFile.set(current == null ? null : current.storeFile());
            status.set(current == null ? "No store open" : "Store: " + current.storeFile());
            errors.report("Cannot open the trace store " + absolute + ". Check that the folder is writable and the "
                    + "file is a Tracelab store, then choose File › Open store…", task.getException());
        });
        return jobs.run(task);
    }

    /** Forgets the open store and hands it over, for the caller to close off the FX thread. */
    public Workspace detach() {
        Workspace current = workspace.get();
        workspace.set(null);
        return current;
    }

    static final class OpenStoreTask extends Task<Workspace> {
        private final WorkspaceOpener opener;
        private final Path file;

        OpenStoreTask(WorkspaceOpener opener, Path file) {
            this.opener = opener;
            this.file = file;
            updateTitle("Opening store");
            updateMessage(file.getFileName().toString());
        }

        @Override
        protected Workspace call() {
            return opener.open(file);
        }
    }

    static final class CloseStoreTask extends Task<Void> {
        private final Workspace workspace;

        CloseStoreTask(Workspace workspace) {
            this.workspace = workspace;
            updateTitle("Closing store");
            updateMessage(workspace.storeFile().getFileName().toString());
        }

        @Override
        protected Void call() {
            workspace.close();
            return null;
        }
    }
}
