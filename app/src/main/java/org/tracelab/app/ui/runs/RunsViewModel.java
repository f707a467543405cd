package org.tracelab.app.ui.runs;

import java.time.ZoneId;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.tracelab.app.service.workspace.Workspace;
import org.tracelab.app.ui.errors.ErrorReporter;
import org.tracelab.app.ui.jobs.Job;
import org.tracelab.app.ui.jobs.JobRequest;
import org.tracelab.app.ui.jobs.Jobs;
import org.tracelab.app.ui.workspace.StoreSession;
import org.tracelab.core.trace.RunStatus;

/** The runs of the open store, reloaded when the store changes and after imports. */
public final class RunsViewModel {

    private final StoreSession session;
    private final Jobs jobs;
    private final ErrorReporter errors;
    private final ObservableList<RunRow> runs = FXCollections.observableArrayList();
    private final ObservableList<RunRow> runsView = FXCollections.unmodifiableObservableList(runs);
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final BooleanBinding empty;
    private Job current = Job.DONE;
    private int generation;

    public RunsViewModel(StoreSession session, Jobs jobs, ErrorReporter errors) {
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
        current.cancel();
        int reading = ++generation;
        loading.set(true);
        current = jobs.submit(JobRequest.browse("Loading runs", progress -> rows(workspace))
                .message(workspace.storeFile().getFileName().toString())
                .onSuccess(rows -> {
                    if (reading == generation) {
                        runs.setAll(rows);
                        loaded.set(true);
                        loading.set(false);
                    }
                })
                .onFailure(failure -> {
                    if (reading == generation) {
                        loading.set(false);
                        errors.report("Cannot read the runs of " + workspace.storeFile() + ". Check that the file is "
                                + "a Tracelab store; Runs › Refresh tries again.", failure);
                    }
                }));
    }

    /** The rows; a run that is not finished also says how far it got (cheap: aggregates and fault records). */
    private static List<RunRow> rows(Workspace workspace) {
        ZoneId zone = ZoneId.systemDefault();
        return workspace.runs().stream().map(run -> RunRow.of(run, run.info().status() == RunStatus.FINISHED ? null
                : workspace.completion(run.id()).orElse(null), zone)).toList();
    }
}
