package org.tracelab.app.ui.results;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.tracelab.app.service.report.InstructionLabels;
import org.tracelab.app.service.report.RunGroupException;
import org.tracelab.app.service.workspace.Workspace;
import org.tracelab.app.ui.errors.ErrorReporter;
import org.tracelab.app.ui.jobs.Job;
import org.tracelab.app.ui.jobs.JobProgress;
import org.tracelab.app.ui.jobs.JobRequest;
import org.tracelab.app.ui.jobs.Jobs;
import org.tracelab.app.ui.runs.RunRow;
import org.tracelab.app.ui.runs.RunsViewModel;
import org.tracelab.app.ui.workspace.StoreSession;
import org.tracelab.storage.StoredRunGroup;

/**
 * The Results section: which runs (or which run group) are chosen and their tables. One run shows its table and
 * chart; two or more are compared side by side; a run group shows as one experiment, mean ± std over the seeds of
 * all its runs. Reloads when the runs are reloaded (after an import, say).
 */
public final class ResultsViewModel {

    private final StoreSession session;
    private final RunsViewModel runs;
    private final Jobs jobs;
    private final ErrorReporter errors;
    private final ObservableList<Long> selected = FXCollections.observableArrayList();
    private final ObservableList<Long> selectedView = FXCollections.unmodifiableObservableList(selected);
    private final ObservableList<RunResult> results = FXCollections.observableArrayList();
    private final ObservableList<RunResult> resultsView = FXCollections.unmodifiableObservableList(results);
    private final ReadOnlyObjectWrapper<StoredRunGroup> selectedGroup =
            new ReadOnlyObjectWrapper<>(this, "selectedGroup");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final BooleanBinding canCopy = Bindings.isNotEmpty(results);
    private final BooleanBinding canCompareTasks = Bindings.size(selected).isEqualTo(2);
    private final InstructionLabels labels;
    private Job current = Job.DONE;
    private int generation;

    /** Names instruction ids as the built-in constraint types do. */
    public ResultsViewModel(StoreSession session, RunsViewModel runs, Jobs jobs, ErrorReporter errors) {
        this(session, runs, jobs, errors, InstructionLabels.builtIn());
    }

    /** @param labels readable names and benchmarks of instruction ids, for the "by instruction" table */
    public ResultsViewModel(
            StoreSession session, RunsViewModel runs, Jobs jobs, ErrorReporter errors, InstructionLabels labels) {
        this.labels = labels;
        this.session = session;
        this.runs = runs;
        this.jobs = jobs;
        this.errors = errors;
        runs.runs().addListener((ListChangeListener<RunRow>) change -> {
            if (selectedGroup.get() != null) {
                return; // the groups' listener decides
            }
            Set<Long> present = runs.runs().stream().map(RunRow::id).collect(Collectors.toSet());
            select(selected.stream().filter(present::contains).toList());
        });
        runs.groups().addListener((ListChangeListener<StoredRunGroup>) change -> {
            StoredRunGroup shown = selectedGroup.get();
            if (shown != null) {
                runs.groups().stream()
                        .filter(g -> g.id() == shown.id())
                        .findFirst()
                        .ifPresentOrElse(this::selectGroup, () -> select(List.of()));
            }
        });
    }

    /** Readable names and benchmarks of instruction ids. */
    public InstructionLabels instructionLabels() {
        return labels;
    }

    /** The runs to choose from. */
    public ObservableList<RunRow> runs() {
        return runs.runs();
    }

    /** The store's run groups. */
    public ObservableList<StoredRunGroup> groups() {
        return runs.groups();
    }

    /** The group shown as one experiment; null while runs are shown. */
    public ReadOnlyObjectProperty<StoredRunGroup> selectedGroup() {
        return selectedGroup.getReadOnlyProperty();
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
        selectedGroup.set(null);
        if (!selected.equals(runIds)) {
            selected.setAll(runIds);
        }
        load();
    }

    /** Shows a run group as one experiment, computed in the background. */
    public void selectGroup(StoredRunGroup group) {
        Workspace workspace = session.workspace().get();
        current.cancel();
        int reading = ++generation;
        selected.clear();
        selectedGroup.set(group);
        if (workspace == null || group == null) {
            current = Job.DONE;
            results.clear();
            loading.set(false);
            return;
        }
        loading.set(true);
        current = jobs.submit(JobRequest.longRunning(
                        "Loading a run group",
                        progress -> RunResults.from(group, workspace.groupReport(group.runIds())))
                .message(group.name())
                .onSuccess(loaded -> {
                    if (reading == generation) {
                        results.setAll(loaded);
                        loading.set(false);
                    }
                })
                .onFailure(failure -> {
                    if (reading == generation) {
                        loading.set(false);
                        results.clear();
                        errors.report(
                                failure instanceof RunGroupException refused
                                        ? "Group " + group.name() + " cannot be shown: " + refused.getMessage()
                                                + ". Delete it " + "and group runs that belong together."
                                        : "Cannot compute the results of group " + group.name()
                                                + ". Choose it again; if it "
                                                + "keeps failing, run `tracelab report --group` on the same store for details.",
                                failure instanceof RunGroupException ? null : failure);
                    }
                }));
    }

    /** Deletes a run group (its runs stay); the groups are read again. */
    public void deleteGroup(StoredRunGroup group) {
        if (group != null) {
            runs.deleteGroup(group);
        }
    }

    /** Two runs are chosen: they can be compared task by task. */
    public BooleanBinding canCompareTasks() {
        return canCompareTasks;
    }

    public String markdown() {
        return ResultsCopy.markdown(results);
    }

    public String csv() {
        return ResultsCopy.csv(results);
    }

    /**
     * Reads the whole reports of the chosen runs (a long job: each streams its run once); runs that no longer exist
     * are skipped. A newer choice cancels the reading of an older one.
     */
    private void load() {
        Workspace workspace = session.workspace().get();
        current.cancel();
        int reading = ++generation;
        if (workspace == null || selected.isEmpty()) {
            current = Job.DONE;
            results.clear();
            loading.set(false);
            return;
        }
        List<Long> runIds = List.copyOf(selected);
        loading.set(true);
        current =
                jobs.submit(JobRequest.longRunning("Loading results", progress -> reports(workspace, runIds, progress))
                        .message(runIds.size() == 1 ? "run " + runIds.get(0) : runIds.size() + " runs")
                        .onSuccess(loaded -> {
                            if (reading == generation) {
                                results.setAll(loaded);
                                loading.set(false);
                            }
                        })
                        .onFailure(failure -> {
                            if (reading == generation) {
                                loading.set(false);
                                errors.report(
                                        "Cannot compute the results of run(s) " + runIds + ". Try choosing them again; "
                                                + "if it keeps failing, run `tracelab report` on the same store for details.",
                                        failure);
                            }
                        }));
    }

    private static List<RunResult> reports(Workspace workspace, List<Long> runIds, JobProgress progress) {
        List<RunResult> loaded = new ArrayList<>();
        for (int i = 0; i < runIds.size() && !progress.cancelled(); i++) {
            workspace.report(runIds.get(i)).ifPresent(report -> loaded.add(RunResults.from(report)));
            progress.update(i + 1, runIds.size());
        }
        return loaded;
    }
}
