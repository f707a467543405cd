package org.tracelab.app.ui.runs;

import java.time.ZoneId;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.tracelab.app.service.report.RunGroupException;
import org.tracelab.app.service.workspace.Workspace;
import org.tracelab.app.ui.errors.ErrorReporter;
import org.tracelab.app.ui.jobs.Job;
import org.tracelab.app.ui.jobs.JobRequest;
import org.tracelab.app.ui.jobs.JobState;
import org.tracelab.app.ui.jobs.Jobs;
import org.tracelab.app.ui.workspace.StoreSession;
import org.tracelab.core.trace.RunStatus;
import org.tracelab.storage.StoredRunGroup;

/**
 * The runs of the open store and its run groups, reloaded when the store changes and after imports; grouping runs
 * that are one experiment (same model, dataset sample and modes, different seeds).
 */
public final class RunsViewModel {

    private final StoreSession session;
    private final Jobs jobs;
    private final ErrorReporter errors;
    private final ObservableList<RunRow> runs = FXCollections.observableArrayList();
    private final ObservableList<RunRow> runsView = FXCollections.unmodifiableObservableList(runs);
    private final ObservableList<StoredRunGroup> groups = FXCollections.observableArrayList();
    private final ObservableList<StoredRunGroup> groupsView = FXCollections.unmodifiableObservableList(groups);
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final BooleanBinding empty;
    private final JobState deleting = new JobState();
    private final javafx.beans.property.ObjectProperty<Long> selected =
            new javafx.beans.property.SimpleObjectProperty<>(this, "selected");
    private Job current = Job.DONE;
    private int generation;

    public RunsViewModel(StoreSession session, Jobs jobs, ErrorReporter errors) {
        this.session = session;
        this.jobs = jobs;
        this.errors = errors;
        this.empty = loaded.and(Bindings.isEmpty(runs));
        session.workspace().addListener((obs, old, workspace) -> {
            runs.clear();
            groups.clear();
            loaded.set(false);
            refresh();
        });
    }

    /** The runs, in the store's order. */
    public ObservableList<RunRow> runs() {
        return runsView;
    }

    /** The store's run groups, by id. */
    public ObservableList<StoredRunGroup> groups() {
        return groupsView;
    }

    /**
     * Saves runs {@code runIds} as a group named {@code name} and reloads; when they are not one experiment, says
     * why (every reason) and saves nothing.
     */
    public void group(List<Long> runIds, String name) {
        Workspace workspace = session.workspace().get();
        if (workspace == null) {
            return;
        }
        jobs.submit(JobRequest.browse("Grouping runs " + runIds, progress -> workspace.createRunGroup(name, runIds))
                .onSuccess(group -> refresh())
                .onFailure(failure -> errors.report(
                        failure instanceof RunGroupException refused
                                ? "Runs " + joined(runIds) + " cannot be grouped: " + refused.getMessage() + "."
                                : "Cannot save the group of runs " + joined(runIds)
                                        + ". Check that the store is writable and " + "try again.",
                        failure instanceof RunGroupException ? null : failure)));
    }

    /** Deletes a group (its runs stay) and reloads. */
    public void deleteGroup(StoredRunGroup group) {
        Workspace workspace = session.workspace().get();
        if (workspace == null) {
            return;
        }
        jobs.submit(JobRequest.browse("Deleting group " + group.name(), progress -> {
                    workspace.deleteRunGroup(group.id());
                    return null;
                })
                .onSuccess(done -> refresh())
                .onFailure(failure -> errors.report(
                        "Cannot delete the group " + group.name() + ". Check that the store is writable and try again.",
                        failure)));
    }

    /** A name for a new group of these runs: their model and seeds, e.g. "qwen2.5-1.5b seeds 42, 43, 44". */
    public String suggestedGroupName(List<Long> runIds) {
        List<RunRow> chosen =
                runs.stream().filter(run -> runIds.contains(run.id())).toList();
        if (chosen.isEmpty()) {
            return "";
        }
        return chosen.get(0).model() + " seeds "
                + String.join(", ", chosen.stream().map(RunRow::seeds).toList());
    }

    private static String joined(List<Long> runIds) {
        return String.join(", ", runIds.stream().map(String::valueOf).toList());
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

    /** The run selected in the Runs table, null when none (what "the run in view" is on that section). */
    public javafx.beans.property.ObjectProperty<Long> selected() {
        return selected;
    }

    /** The deletion going on: running, progress (delete, then reclaim), and how the last one ended. */
    public JobState deleting() {
        return deleting;
    }

    /** The row of run {@code runId}, if it is listed. */
    public java.util.Optional<RunRow> row(long runId) {
        return runs.stream().filter(row -> row.id() == runId).findFirst();
    }

    /** Renames a run in the background, then reloads the list. */
    public void rename(long runId, String name) {
        change(
                "Renaming run #" + runId,
                runId,
                workspace -> workspace.renameRun(runId, name),
                "Cannot rename run #" + runId + ". Check that the store is writable and try again.");
    }

    /** Replaces a run's notes in the background (blank clears them), then reloads the list. */
    public void setNotes(long runId, String notes) {
        change(
                "Saving notes of run #" + runId,
                runId,
                workspace -> workspace.setRunNotes(runId, notes),
                "Cannot save the notes of run #" + runId + ". Check that the store is writable and try again.");
    }

    /** Reads how many chains and attempts a run holds, for the confirmation before deleting it. */
    public void size(long runId, java.util.function.Consumer<long[]> then) {
        Workspace workspace = session.workspace().get();
        if (workspace != null) {
            jobs.submit(JobRequest.browse("Counting run #" + runId, progress -> workspace.runSize(runId))
                    .onSuccess(then)
                    .onFailure(failure -> errors.report(
                            "Cannot read run #" + runId + ". Runs › Refresh and try " + "again.", failure)));
        }
    }

    /**
     * Deletes a run in the background and gives its space back, with progress; the list reloads when the run is
     * gone (before the space is reclaimed). Does nothing while another deletion runs.
     */
    public void delete(long runId) {
        Workspace workspace = session.workspace().get();
        if (workspace == null || deleting.running().get()) {
            return;
        }
        jobs.submit(JobRequest.longRunning(
                        "Deleting run #" + runId,
                        progress -> workspace.deleteRun(runId, (done, total) -> {
                            progress.update(done, total);
                            progress.message(done == 1 ? "reclaiming the store's space" : "done");
                            if (done == 1) {
                                jobs.ui().execute(this::refresh);
                            }
                        }))
                .message("removing its chains and attempts")
                .tracking(deleting)
                .onSuccess(deleted -> {
                    deleting.summary(String.format(
                            java.util.Locale.ROOT,
                            "Deleted run #%d: %,d chains and %,d " + "attempts; %.1f MB given back.",
                            deleted.runId(),
                            deleted.chains(),
                            deleted.attempts(),
                            deleted.bytesFreed() / 1e6));
                    refresh();
                })
                .onFailure(failure -> {
                    deleting.summary("Run #" + runId + " was not deleted.");
                    refresh();
                    errors.report(
                            "Cannot delete run #" + runId + ". Nothing was removed if it is still listed; "
                                    + "check that the store is writable and try again.",
                            failure);
                }));
    }

    private void change(String title, long runId, java.util.function.Consumer<Workspace> work, String failed) {
        Workspace workspace = session.workspace().get();
        if (workspace == null) {
            return;
        }
        jobs.submit(JobRequest.browse(title, progress -> {
                    work.accept(workspace);
                    return null;
                })
                .message("run " + runId)
                .onSuccess(done -> refresh())
                .onFailure(failure -> errors.report(failed, failure)));
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
        current = jobs.submit(JobRequest.browse(
                        "Loading runs", progress -> new Listing(rows(workspace), workspace.runGroups()))
                .message(workspace.storeFile().getFileName().toString())
                .onSuccess(listing -> {
                    if (reading == generation) {
                        runs.setAll(listing.runs());
                        groups.setAll(listing.groups());
                        loaded.set(true);
                        loading.set(false);
                    }
                })
                .onFailure(failure -> {
                    if (reading == generation) {
                        loading.set(false);
                        errors.report(
                                "Cannot read the runs of " + workspace.storeFile() + ". Check that the file is "
                                        + "a Tracelab store; Runs › Refresh tries again.",
                                failure);
                    }
                }));
    }

    /** What one reading finds. */
    private record Listing(List<RunRow> runs, List<StoredRunGroup> groups) {}

    /** The rows; a run that is not finished also says how far it got (cheap: aggregates and fault records). */
    private static List<RunRow> rows(Workspace workspace) {
        ZoneId zone = ZoneId.systemDefault();
        return workspace.runs().stream()
                .map(run -> RunRow.of(
                        run,
                        run.info().status() == RunStatus.FINISHED
                                ? null
                                : workspace.completion(run.id()).orElse(null),
                        zone))
                .toList();
    }
}
