package org.tracelab.app.ui.results;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import org.tracelab.app.service.workspace.Workspace;
import org.tracelab.app.ui.errors.ErrorReporter;
import org.tracelab.app.ui.jobs.BackgroundJobs;
import org.tracelab.app.ui.runs.RunRow;
import org.tracelab.app.ui.runs.RunsViewModel;
import org.tracelab.app.ui.workspace.StoreSession;

/**
 * The Results section: which runs are chosen and their tables. One run shows its table and chart; two or more
 * are compared side by side. Reloads when the runs are reloaded (after an import, say).
 */
public final class ResultsViewModel {

    private final StoreSession session;
    private final RunsViewModel runs;
    private final BackgroundJobs jobs;
    private final ErrorReporter errors;
    private final ObservableList<Long> selected = FXCollections.observableArrayList();
    private final ObservableList<Long> selectedView = FXCollections.unmodifiableObservableList(selected);
    private final ObservableList<RunResult> results = FXCollections.observableArrayList();
    private final ObservableList<RunResult> resultsView = FXCollections.unmodifiableObservableList(results);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final BooleanBinding canCopy = Bindings.isNotEmpty(results);
    private Task<List<RunResult>> current;

    public ResultsViewModel(StoreSession session, RunsViewModel runs, BackgroundJobs jobs, ErrorReporter errors) {
        this.session = session;
        this.runs = runs;
        this.jobs = jobs;
        this.errors = errors;
        runs.runs().addListener((ListChangeListener<RunRow>) change -> {
            Set<Long> present = runs.runs().stream().map(RunRow::id).collect(Collectors.toSet());
            select(selected.stream().filter(present::contains).toList());
        });
    }

    /** The runs to choose from. */
    public ObservableList<RunRow> runs() {
        return runs.runs();
    }

    /** The chosen runs' ids, in the order chosen. */
    public ObservableList<Long> selectedRunIds() {
        return selectedView;
    }

    /** The chosen runs' results, once loaded. */
    public ObservableList<RunResult> results() {
        return resultsView;
    }

    public ReadOnlyBooleanProperty loading() {
        return loading.getReadOnlyProperty();
    }

    public BooleanBinding canCopy() {
        return canCopy;
    }

    /** Chooses the runs to show and loads their results in the background. */
    public void select(List<Long> runIds) {
        if (!selected.equals(runIds)) {
            selected.setAll(runIds);
        }
        load();
    }

    public String markdown() {
        return ResultsCopy.markdown(results);
    }

    public String csv() {
        return ResultsCopy.csv(results);
    }

    private void load() {
        Workspace workspace = session.workspace().get();
        if (current != null) {
            current.cancel();
        }
        if (workspace == null || selected.isEmpty()) {
            current = null;
            results.clear();
            loading.set(false);
            return;
        }
        Task<List<RunResult>> task = new LoadReportsTask(workspace, selected);
        current = task;
        loading.set(true);
        task.setOnSucceeded(event -> {
            if (task == current) {
                results.setAll(task.getValue());
                loading.set(false);
            }
        });
        task.setOnFailed(event -> {
            if (task == current) {
                loading.set(false);
                errors.report("Cannot compute the results of run(s) " + selected + ". Try choosing them again; "
                        + "if it keeps failing, run `tracelab report` on the same store for details.",
                        task.getException());
            }
        });
        jobs.run(task);
    }
}
