package org.tracelab.app.ui.pairs;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.tracelab.app.service.pairs.PairFilter;
import org.tracelab.app.service.pairs.PairTexts;
import org.tracelab.app.service.workspace.Workspace;
import org.tracelab.app.ui.errors.ErrorReporter;
import org.tracelab.app.ui.jobs.Job;
import org.tracelab.app.ui.jobs.JobProgress;
import org.tracelab.app.ui.jobs.JobRequest;
import org.tracelab.app.ui.jobs.JobState;
import org.tracelab.app.ui.jobs.Jobs;
import org.tracelab.app.ui.runs.RunRow;
import org.tracelab.app.ui.runs.RunsViewModel;
import org.tracelab.app.ui.workspace.StoreSession;
import org.tracelab.core.diff.WordDiff;
import org.tracelab.core.export.PairOrigin;
import org.tracelab.core.trace.Curation;
import org.tracelab.core.trace.CurationState;
import org.tracelab.core.trace.CurationTarget;

/**
 * The Pairs section: a run's DPO pair candidates under a filter, the selected pair's texts, and curation. Listing
 * mines the run task by task in a background job (cancellable, newest filter wins); decisions are saved in the
 * background and a row changes once its save succeeded. No JavaFX nodes here; the view binds to these properties.
 */
public final class PairsViewModel {

    private final StoreSession session;
    private final RunsViewModel runs;
    private final Jobs jobs;
    private final ErrorReporter errors;

    private final ObjectProperty<Long> runId = new SimpleObjectProperty<>(this, "runId");
    private final ObjectProperty<String> mode = new SimpleObjectProperty<>(this, "mode");
    private final ObjectProperty<String> instructionId = new SimpleObjectProperty<>(this, "instructionId");
    private final ObjectProperty<PairOrigin> origin = new SimpleObjectProperty<>(this, "origin");
    private final ObjectProperty<FlagChoice> flagged = new SimpleObjectProperty<>(this, "flagged", FlagChoice.ANY);
    private final ObjectProperty<CurationState> curation = new SimpleObjectProperty<>(this, "curation");
    private final ObservableList<String> modes = FXCollections.observableArrayList();
    private final ObservableList<String> instructionIds = FXCollections.observableArrayList();

    private final ObservableList<PairRow> rows = FXCollections.observableArrayList();
    private final ObservableList<PairRow> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final JobState listing = new JobState();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");

    private final ObjectProperty<PairRow> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyObjectWrapper<PairTexts> texts = new ReadOnlyObjectWrapper<>(this, "texts");
    private final ReadOnlyObjectWrapper<PairComparison> comparison = new ReadOnlyObjectWrapper<>(this, "comparison");
    private final WordDiff wordDiff = new WordDiff();
    private final StringProperty note = new SimpleStringProperty(this, "note", "");
    private final BooleanBinding hasSelection = selected.isNotNull();
    private final BooleanBinding hasRows = Bindings.isNotEmpty(rows);

    private CurationSaves saves;
    private Job listingJob = Job.DONE;
    private int listingGeneration;
    private Job readingJob = Job.DONE;
    private int readingGeneration;

    public PairsViewModel(StoreSession session, RunsViewModel runs, Jobs jobs, ErrorReporter errors) {
        this.session = session;
        this.runs = runs;
        this.jobs = jobs;
        this.errors = errors;
        session.workspace().addListener((obs, old, workspace) -> {
            saves = workspace == null ? null : new CurationSaves(workspace);
            runId.set(null);
            reload();
        });
        runs.runs().addListener((ListChangeListener<RunRow>) change -> {
            if (runId.get() != null && runs.runs().stream().noneMatch(r -> r.id() == runId.get())) {
                runId.set(null);
            }
            updateModes();
        });
        // An invalidation listener, added before the reloads', so it runs first: a listing that ends at once (jobs
        // that run inline) must not be followed by this reset.
        runId.addListener(obs -> {
            mode.set(null);
            instructionId.set(null);
            instructionIds.clear();
            updateModes();
        });
        for (Observable filter : List.of(runId, mode, instructionId, origin, flagged, curation)) {
            filter.addListener(change -> reload());
        }
        selected.addListener((obs, old, row) -> readTexts(row));
        rows.addListener((ListChangeListener<PairRow>) change -> updateSummary());
    }

    public ObservableList<RunRow> runs() {
        return runs.runs();
    }

    /** The run whose pairs are listed; null lists nothing. */
    public ObjectProperty<Long> runId() {
        return runId;
    }

    /** Pairs with a side from chains of this mode; null for any. */
    public ObjectProperty<String> mode() {
        return mode;
    }

    public ObjectProperty<String> instructionId() {
        return instructionId;
    }

    public ObjectProperty<PairOrigin> origin() {
        return origin;
    }

    public ObjectProperty<FlagChoice> flagged() {
        return flagged;
    }

    /** The saved decision to list; null for any, {@code NONE} for undecided. */
    public ObjectProperty<CurationState> curation() {
        return curation;
    }

    /** The modes of the chosen run. */
    public ObservableList<String> modes() {
        return modes;
    }

    /** The instruction ids seen in the chosen run's pairs. */
    public ObservableList<String> instructionIds() {
        return instructionIds;
    }

    public ObservableList<PairRow> rows() {
        return rowsView;
    }

    /** The mining of the pairs listed: running, progress over the run's tasks, and a line on what it does. */
    public JobState listing() {
        return listing;
    }

    public ReadOnlyBooleanProperty loading() {
        return listing.running();
    }

    public ReadOnlyDoubleProperty progress() {
        return listing.progress();
    }

    public ReadOnlyStringProperty message() {
        return listing.message();
    }

    /** "6 pairs · 2 included · 1 excluded". */
    public ReadOnlyStringProperty summary() {
        return summary.getReadOnlyProperty();
    }

    /** The pair whose texts show and which the buttons and keys act on. */
    public ObjectProperty<PairRow> selected() {
        return selected;
    }

    /** The selected pair's texts once read; null while reading or when nothing is selected. */
    public ReadOnlyObjectProperty<PairTexts> texts() {
        return texts.getReadOnlyProperty();
    }

    /**
     * The selected pair's word diff and the evidence of what each answer breaks, computed with the texts; null while
     * reading or when nothing is selected.
     */
    public ReadOnlyObjectProperty<PairComparison> comparison() {
        return comparison.getReadOnlyProperty();
    }

    /**
     * Selects the next pair nobody decided on yet, after the selected one (from the top when none is selected),
     * wrapping around; nothing changes when every listed pair is decided. {@code N} in the table.
     */
    public void selectNextUndecided() {
        int from = selected.get() == null ? -1 : rows.indexOf(selected.get());
        for (int step = 1; step <= rows.size(); step++) {
            PairRow row = rows.get(Math.floorMod(from + step, rows.size()));
            if (row.state() == CurationState.NONE) {
                selected.set(row);
                return;
            }
        }
    }

    /** The note being edited for the selected pair; saved by {@link #commitNote()}. */
    public StringProperty note() {
        return note;
    }

    public BooleanBinding hasSelection() {
        return hasSelection;
    }

    public BooleanBinding hasRows() {
        return hasRows;
    }

    public void include() {
        decide(CurationState.INCLUDED);
    }

    public void exclude() {
        decide(CurationState.EXCLUDED);
    }

    public void clear() {
        decide(CurationState.NONE);
    }

    /** Saves the edited note with the selected pair's decision, when it changed. */
    public void commitNote() {
        PairRow row = selected.get();
        if (row == null || saves == null) {
            return;
        }
        Curation latest = saves.latest(row);
        String edited =
                note.get() == null || note.get().isBlank() ? null : note.get().strip();
        if (!Objects.equals(edited, latest.note())) {
            save(Map.of(row, new Curation(latest.state(), edited)));
        }
    }

    /** Includes every listed pair in one transaction, keeping their notes. */
    public void includeAll() {
        decideAll(CurationState.INCLUDED);
    }

    /** Excludes every listed pair in one transaction, keeping their notes. */
    public void excludeAll() {
        decideAll(CurationState.EXCLUDED);
    }

    /** Lists again with the current filter (after curating elsewhere, say). */
    public void refresh() {
        reload();
    }

    /** Stops the listing in progress; the table keeps what it showed. */
    public void cancelLoading() {
        listingJob.cancel();
    }

    private void decide(CurationState state) {
        PairRow row = selected.get();
        if (row != null && saves != null) {
            save(Map.of(row, new Curation(state, saves.latest(row).note())));
        }
    }

    private void decideAll(CurationState state) {
        if (saves == null || rows.isEmpty()) {
            return;
        }
        Map<PairRow, Curation> decisions = new LinkedHashMap<>();
        rows.forEach(
                row -> decisions.put(row, new Curation(state, saves.latest(row).note())));
        save(decisions);
    }

    private void save(Map<PairRow, Curation> decisions) {
        CurationSaves current = saves;
        Map<CurationTarget, PairRow> byTarget = new LinkedHashMap<>();
        decisions.keySet().forEach(row -> byTarget.put(row.pair().target(), row));
        String title =
                decisions.size() == 1 ? "Saving a pair decision" : "Saving " + decisions.size() + " pair decisions";
        jobs.submit(JobRequest.browse(title, current.save(decisions))
                .onSuccess(written -> {
                    current.saved(written);
                    written.forEach((target, saved) -> byTarget.get(target).saved(saved));
                    updateSummary();
                })
                .onFailure(failure -> errors.report(
                        "Cannot save the decision about " + decisions.size()
                                + " pair(s); nothing was changed. Check that the store is writable and try again.",
                        failure)));
    }

    private void reload() {
        Workspace workspace = session.workspace().get();
        listingJob.cancel();
        int mining = ++listingGeneration;
        selected.set(null);
        if (workspace == null || runId.get() == null) {
            listingJob = Job.DONE;
            rows.clear();
            listing.settle(
                    listing.progress().get(), runId.get() == null ? "Choose a run to see its pair candidates." : "");
            return;
        }
        PairFilter filter = filter();
        listingJob = jobs.submit(JobRequest.longRunning("Mining pairs", progress -> mine(workspace, filter, progress))
                .message("run " + filter.runId())
                .tracking(listing)
                .onSuccess(mined -> {
                    if (mining == listingGeneration) {
                        listing.settle(1, "");
                        rows.setAll(mined);
                        if (filter.instructionId() == null) {
                            instructionIds.setAll(new TreeSet<>(mined.stream()
                                    .flatMap(row -> row.pair().instructionIds().stream())
                                    .toList()));
                        }
                    }
                })
                .onCancelled(() -> {
                    if (mining == listingGeneration) {
                        listing.settle(listing.progress().get(), "Listing stopped; the table may be incomplete.");
                    }
                })
                .onFailure(failure -> {
                    if (mining == listingGeneration) {
                        listing.settle(listing.progress().get(), "");
                        errors.report(
                                "Cannot list the pairs of run #" + filter.runId() + ". Choose the run again; if "
                                        + "it keeps failing, try `tracelab export --kind dpo` on the same store for details.",
                                failure);
                    }
                }));
    }

    /** Mines the pair candidates of a filter, task by task with progress; cancelling stops after the current task. */
    private static List<PairRow> mine(Workspace workspace, PairFilter filter, JobProgress progress) {
        return workspace
                .pairs(filter, (done, total) -> {
                    progress.stopIfCancelled();
                    progress.update(done, total);
                    progress.message("run " + filter.runId() + ": task " + done + " of " + total);
                })
                .stream()
                .map(PairRow::new)
                .toList();
    }

    private PairFilter filter() {
        return new PairFilter(
                runId.get(),
                mode.get(),
                instructionId.get(),
                origin.get(),
                flagged.get().flagged(),
                curation.get());
    }

    private void readTexts(PairRow row) {
        readingJob.cancel();
        int reading = ++readingGeneration;
        texts.set(null);
        comparison.set(null);
        note.set(row == null ? "" : row.note());
        Workspace workspace = session.workspace().get();
        if (row == null || workspace == null) {
            readingJob = Job.DONE;
            return;
        }
        readingJob = jobs.submit(JobRequest.browse(
                        "Reading a pair", progress -> PairComparison.of(workspace.pairTexts(row.pair()), wordDiff))
                .message("task " + row.pair().taskKey())
                .onSuccess(read -> {
                    if (reading == readingGeneration) {
                        texts.set(read.texts());
                        comparison.set(read);
                    }
                })
                .onFailure(failure -> {
                    if (reading == readingGeneration) {
                        errors.report(
                                "Cannot read the texts of this pair; the store may have changed. List the pairs "
                                        + "again.",
                                failure);
                    }
                }));
    }

    private void updateModes() {
        Long id = runId.get();
        modes.setAll(
                id == null
                        ? List.of()
                        : runs.runs().stream()
                                .filter(r -> r.id() == id)
                                .findFirst()
                                .map(r -> List.of(r.modes().split(", ")))
                                .orElse(List.of()));
    }

    private void updateSummary() {
        Map<CurationState, Long> counts =
                rows.stream().collect(Collectors.groupingBy(PairRow::state, Collectors.counting()));
        Function<CurationState, Long> count = state -> counts.getOrDefault(state, 0L);
        long flaggedRows = rows.stream().filter(row -> row.pair().flagged()).count();
        summary.set(rows.size() + (rows.size() == 1 ? " pair" : " pairs") + " · " + count.apply(CurationState.INCLUDED)
                + " included · " + count.apply(CurationState.EXCLUDED) + " excluded · " + flaggedRows
                + " with quality flags");
    }
}
