package org.tracelab.app.ui.runs;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import org.tracelab.app.ui.errors.ErrorReporter;
import org.tracelab.app.ui.jobs.BackgroundJobs;
import org.tracelab.app.ui.workspace.StoreSession;
import org.tracelab.app.service.workspace.Workspace;

/** The runs of the open store, reloaded when the store changes and after imports. */
public final class RunsViewModel {

    private final StoreSession session;
    private final BackgroundJobs jobs;
    private final ErrorReporter errors;
    private final ObservableList<RunRow> runs = FXCollections.observableArrayList();
    private final ObservableList<RunRow> runsView = FXCollections.unmodifiableObservableList(runs);
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final BooleanBinding empty;
    private Task<List<RunRow>> current;

    public RunsViewModel(StoreSession session, BackgroundJobs jobs, ErrorReporter errors) {
        this.session = session;
        this.jobs = jobs;
        this.errors = errors;
        this.empty = loaded.and(Bindings.isEmpty(runs));
        session.workspace().addListener((obs, old, workspace) -> {
            runs.clear();
            loaded.set(false);
            refresh();
        });
    }

    /** The runs, in the store's order. */
    public ObservableList<RunRow> runs() {
        return runsView;
    }

    /** Whether the runs of the open store have been read at least once. */
    public ReadOnlyBooleanProperty loaded() {
        return loaded.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loading() {
        return loading.getReadOnlyProperty();
    }

    /** The store is open, read, and holds no run: the first-start state. */
    public BooleanBinding empty() {
        return empty;
    }

    /** Reads the runs again in the background; a newer refresh wins over an older one still running. */
    public void refresh() {
        Workspace workspace = session.workspace().get();
        if (workspace == null) {
            return;
        }
        if (current != null) {
            current.cancel();
        }
        Task<List<RunRow>> task = new LoadRunsTask(workspace);
        current = task;
        loading.set(true);
        task.setOnSucceeded(event -> {
            if (task == current) {
                runs.setAll(task.getValue());
                loaded.set(true);
                loading.set(false);
            }
        });
        task.setOnFailed(event -> {
            if (task == current) {
                loading.set(false);
                errors.report("Cannot read the runs of " + workspace.storeFile() + ". Check that the file is a "
                        + "Tracelab store; Runs › Refresh tries again.", task.getException());
            }
        });
        jobs.run(task);
    }
}
