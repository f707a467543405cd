package org.tracelab.app.ui.explorer;

import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.tracelab.app.service.workspace.Workspace;
import org.tracelab.app.ui.diff.DiffViewModel;
import org.tracelab.app.ui.errors.ErrorReporter;
import org.tracelab.app.ui.jobs.Job;
import org.tracelab.app.ui.jobs.Jobs;
import org.tracelab.core.run.AttemptScore;
import org.tracelab.core.trace.Curation;
import org.tracelab.core.trace.CurationState;
import org.tracelab.core.trace.CurationTarget;
import org.tracelab.storage.StoredAttempt;
import org.tracelab.storage.query.ChainSummary;

/**
 * The chain open in the explorer: its attempts, the attempt shown, and the two attempts chosen for comparison
 * (A and B) that the diff and the include/exclude actions work on. Reading a chain cancels the read of the one
 * before. Call on the FX thread.
 */
public final class ChainDetailModel {

    private final ObservableValue<Workspace> workspace;
    private final Jobs jobs;
    private final ErrorReporter errors;
    private final DiffOpener diff;
    private final CompareWithOpener compareWith;
    private final ReadOnlyObjectWrapper<ChainDetail> detail = new ReadOnlyObjectWrapper<>(this, "detail");
    private final ObservableList<StoredAttempt> attempts = FXCollections.observableArrayList();
    private final ObservableList<StoredAttempt> attemptsView = FXCollections.unmodifiableObservableList(attempts);
    private final ReadOnlyObjectWrapper<StoredAttempt> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final ObjectProperty<StoredAttempt> compareLeft = new SimpleObjectProperty<>(this, "compareLeft");
    private final ObjectProperty<StoredAttempt> compareRight = new SimpleObjectProperty<>(this, "compareRight");
    private final BooleanBinding canCompare = Bindings.createBooleanBinding(
            () -> compareLeft.get() != null
                    && compareRight.get() != null
                    && compareLeft.get().id() != compareRight.get().id(),
            compareLeft,
            compareRight);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private Job job = Job.DONE;
    private int generation;

    public ChainDetailModel(ObservableValue<Workspace> workspace, Jobs jobs, ErrorReporter errors, DiffOpener diff) {
        this(workspace, jobs, errors, diff, CompareWithOpener.NONE);
    }

    /** @param compareWith opens "Compare with…" for the attempt shown */
    public ChainDetailModel(
            ObservableValue<Workspace> workspace,
            Jobs jobs,
            ErrorReporter errors,
            DiffOpener diff,
            CompareWithOpener compareWith) {
        this.workspace = workspace;
        this.jobs = jobs;
        this.errors = errors;
        this.diff = diff;
        this.compareWith = compareWith;
    }

    /** The chain shown, null when none. */
    public ReadOnlyObjectProperty<ChainDetail> detail() {
        return detail.getReadOnlyProperty();
    }

    /** The shown chain's attempts, in index order. */
    public ObservableList<StoredAttempt> attempts() {
        return attemptsView;
    }

    /** The attempt shown in the attempt view. */
    public ReadOnlyObjectProperty<StoredAttempt> selectedAttempt() {
        return selected.getReadOnlyProperty();
    }

    /** Attempt A of the comparison (the diff's left side). */
    public ObjectProperty<StoredAttempt> compareLeft() {
        return compareLeft;
    }

    /** Attempt B of the comparison (the diff's right side). */
    public ObjectProperty<StoredAttempt> compareRight() {
        return compareRight;
    }

    /** A and B are two different attempts. */
    public BooleanBinding canCompare() {
        return canCompare;
    }

    public ReadOnlyBooleanProperty loading() {
        return loading.getReadOnlyProperty();
    }

    /** What the last action did, for the status line. */
    public ReadOnlyStringProperty status() {
        return status.getReadOnlyProperty();
    }

    /** Reads {@code chain} in the background and shows it, its final attempt opened; null shows nothing. */
    public void show(ChainSummary chain) {
        job.cancel();
        int reading = ++generation;
        Workspace store = workspace.getValue();
        if (chain == null || store == null) {
            clear();
            return;
        }
        if (detail.get() != null && detail.get().chain().chainId() == chain.chainId()) {
            return;
        }
        loading.set(true);
        job = jobs.submit(
                "Reading chain",
                "chain " + chain.chainId(),
                () -> ChainDetail.load(store, chain),
                loaded -> {
                    if (reading == generation) {
                        loading.set(false);
                        showLoaded(loaded);
                    }
                },
                failure -> {
                    if (reading == generation) {
                        loading.set(false);
                        errors.report(
                                "Cannot read chain " + chain.chainId() + " from the store. Choose it again to "
                                        + "retry.",
                                failure);
                    }
                });
    }

    public void clear() {
        detail.set(null);
        attempts.clear();
        selected.set(null);
        compareLeft.set(null);
        compareRight.set(null);
        loading.set(false);
        status.set("");
    }

    public void selectAttempt(StoredAttempt attempt) {
        if (attempt == null || attempts.contains(attempt)) {
            selected.set(attempt);
        }
    }

    public void selectNextAttempt() {
        moveAttempt(1);
    }

    public void selectPreviousAttempt() {
        moveAttempt(-1);
    }

    /** Hands A and B to the diff view; says what is missing when they are not two attempts. */
    public void openDiff() {
        if (!canCompare.get()) {
            status.set("Choose two different attempts as A and B to compare them.");
            return;
        }
        diff.open(detail.get().task(), List.copyOf(attempts), compareLeft.get(), compareRight.get());
    }

    /**
     * Offers to compare the attempt shown with any attempt in the store (another mode, seed, fork or run); says
     * what is missing when no attempt is shown.
     */
    public void compareWith() {
        if (detail.get() == null || selected.get() == null) {
            status.set("Open a chain and choose an attempt to compare it with another.");
            return;
        }
        compareWith.open(detail.get(), selected.get());
    }

    /**
     * Includes or excludes the pair A/B as a preference pair: the better-scoring attempt is the chosen one. Two
     * attempts that score the same make no pair, which the status says.
     */
    public void curatePair(CurationState state) {
        Workspace store = workspace.getValue();
        if (!canCompare.get() || store == null) {
            status.set("Choose two different attempts as A and B to curate them as a pair.");
            return;
        }
        StoredAttempt left = compareLeft.get();
        StoredAttempt right = compareRight.get();
        int order = AttemptScore.of(left.attempt().verdicts())
                .compareTo(AttemptScore.of(right.attempt().verdicts()));
        if (order == 0) {
            status.set(name(left) + " and " + name(right) + " score the same, so neither is preferred: choose "
                    + "attempts that differ.");
            return;
        }
        StoredAttempt chosen = order > 0 ? left : right;
        StoredAttempt rejected = order > 0 ? right : left;
        String done = (state == CurationState.INCLUDED
                        ? "Included"
                        : state == CurationState.EXCLUDED ? "Excluded" : "Cleared")
                + " pair: " + name(chosen) + " chosen over " + name(rejected);
        jobs.submit(
                "Curating a pair",
                name(chosen) + " over " + name(rejected),
                () -> {
                    store.curate(new CurationTarget.PairTarget(chosen.id(), rejected.id()), new Curation(state, null));
                    return null;
                },
                ignored -> status.set(done),
                failure -> errors.report(
                        "Cannot save the decision about " + name(chosen) + " and " + name(rejected)
                                + ". Check that the store is writable and try again.",
                        failure));
    }

    private void showLoaded(ChainDetail loaded) {
        detail.set(loaded);
        List<StoredAttempt> list = loaded.attempts();
        attempts.setAll(list);
        status.set("");
        if (list.isEmpty()) {
            selected.set(null);
            compareLeft.set(null);
            compareRight.set(null);
            return;
        }
        Integer finalIndex = loaded.chain().finalAttemptIndex();
        StoredAttempt last =
                finalIndex != null && finalIndex < list.size() ? list.get(finalIndex) : list.get(list.size() - 1);
        selected.set(last);
        // A and B start as the diff view's default pair (patch and regenerate, else the first failing attempt
        // and the final one); a one-attempt chain has nothing to compare.
        Optional<List<StoredAttempt>> pair = DiffViewModel.defaultPair(list);
        compareLeft.set(pair.map(p -> p.get(0)).orElse(null));
        compareRight.set(pair.map(p -> p.get(1)).orElse(last));
    }

    private void moveAttempt(int step) {
        if (attempts.isEmpty()) {
            return;
        }
        int at = attempts.indexOf(selected.get());
        int next = at < 0 ? 0 : Math.max(0, Math.min(attempts.size() - 1, at + step));
        selected.set(attempts.get(next));
    }

    private static String name(StoredAttempt attempt) {
        return "#" + attempt.attempt().index() + " "
                + attempt.attempt().strategy().wireName();
    }
}
