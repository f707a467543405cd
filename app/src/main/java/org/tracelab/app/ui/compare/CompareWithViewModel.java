package org.tracelab.app.ui.compare;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.tracelab.app.service.compare.LocatedChain;
import org.tracelab.app.service.workspace.Workspace;
import org.tracelab.app.ui.diff.DiffChain;
import org.tracelab.app.ui.diff.DiffTarget;
import org.tracelab.app.ui.errors.ErrorReporter;
import org.tracelab.app.ui.jobs.Job;
import org.tracelab.app.ui.jobs.JobRequest;
import org.tracelab.app.ui.jobs.Jobs;
import org.tracelab.storage.StoredAttempt;
import org.tracelab.storage.query.ChainSummary;

/**
 * "Compare with…": an attempt (the one the explorer shows) and any other attempt in the store to diff it with. The
 * task's chains in every run are offered first (other modes, seeds, forks, runs); another task key finds another
 * task's. Choosing a chain reads its attempts, its final one chosen. Call on the FX thread.
 */
public final class CompareWithViewModel {

    private final ObservableValue<Workspace> workspace;
    private final Jobs jobs;
    private final ErrorReporter errors;
    private final DiffTarget diffs;
    private final LocatedChain from;
    private final StoredAttempt fromAttempt;
    private final StringProperty taskKey = new SimpleStringProperty(this, "taskKey", "");
    private final ObservableList<ChainSummary> chains = FXCollections.observableArrayList();
    private final ObjectProperty<ChainSummary> chain = new SimpleObjectProperty<>(this, "chain");
    private final ObservableList<StoredAttempt> attempts = FXCollections.observableArrayList();
    private final ObjectProperty<StoredAttempt> attempt = new SimpleObjectProperty<>(this, "attempt");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final BooleanBinding canCompare;
    private LocatedChain chosen;
    private Job finding = Job.DONE;
    private Job reading = Job.DONE;
    private int finds;
    private int reads;

    /**
     * @param from the chain of the attempt to compare (its run's name is not needed)
     * @param fromAttempt the attempt to compare, shown on the left
     */
    public CompareWithViewModel(
            ObservableValue<Workspace> workspace,
            Jobs jobs,
            ErrorReporter errors,
            DiffTarget diffs,
            LocatedChain from,
            StoredAttempt fromAttempt) {
        this.workspace = workspace;
        this.jobs = jobs;
        this.errors = errors;
        this.diffs = diffs;
        this.from = from;
        this.fromAttempt = fromAttempt;
        this.canCompare = Bindings.createBooleanBinding(
                () -> attempt.get() != null && !loading.get() && attempt.get().id() != fromAttempt.id(),
                attempt,
                loading);
        taskKey.set(from.chain().datasetKey());
        chain.addListener((obs, old, now) -> readChain(now));
    }

    /** "attempt 2 · patch of run #3 · full_pcl · seed 42 · fork 0 · chain 117": what is compared. */
    public String fromLabel() {
        return "attempt " + fromAttempt.attempt().index() + " · "
                + fromAttempt.attempt().strategy().wireName() + " of " + from.label() + " · task "
                + from.chain().datasetKey();
    }

    /** The task whose chains are offered; {@link #find} reads them. */
    public StringProperty taskKey() {
        return taskKey;
    }

    /** The task's chains in every run, in run, mode, seed, fork order. */
    public ObservableList<ChainSummary> chains() {
        return chains;
    }

    public ObjectProperty<ChainSummary> chain() {
        return chain;
    }

    /** The chosen chain's attempts, in index order. */
    public ObservableList<StoredAttempt> attempts() {
        return attempts;
    }

    public ObjectProperty<StoredAttempt> attempt() {
        return attempt;
    }

    public ReadOnlyStringProperty status() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loading() {
        return loading.getReadOnlyProperty();
    }

    /** An attempt other than the one compared is chosen and read. */
    public BooleanBinding canCompare() {
        return canCompare;
    }

    /** Reads the chains of task {@link #taskKey} in every run. */
    public void find() {
        Workspace store = workspace.getValue();
        String key = taskKey.get() == null ? "" : taskKey.get().strip();
        if (store == null || key.isEmpty()) {
            status.set("Enter a task key to find its chains.");
            return;
        }
        int find = ++finds;
        finding.cancel();
        chain.set(null);
        chains.clear();
        loading.set(true);
        finding = jobs.submit(JobRequest.browse(
                        "Finding the chains of task " + key, progress -> store.chainsOfTask(key))
                .onSuccess(found -> {
                    if (find == finds) {
                        loading.set(false);
                        chains.setAll(found);
                        status.set(
                                found.isEmpty()
                                        ? "No chain of task " + key + " in this store."
                                        : found.size() + (found.size() == 1 ? " chain" : " chains") + " of task " + key
                                                + " in "
                                                + found.stream()
                                                        .map(ChainSummary::runId)
                                                        .distinct()
                                                        .count()
                                                + " run(s).");
                    }
                })
                .onFailure(failure -> {
                    if (find == finds) {
                        loading.set(false);
                        errors.report("Cannot read the chains of task " + key + ". Try Find again.", failure);
                    }
                }));
    }

    /** Opens the diff: the attempt compared on the left, the chosen one on the right, both chains offered. */
    public void compare() {
        if (!canCompare.get() || chosen == null) {
            status.set("Choose a chain and one of its attempts (not the attempt compared).");
            return;
        }
        List<DiffChain> offered = new ArrayList<>();
        offered.add(new DiffChain(
                "this · " + from.label(), "this · chain " + from.chain().chainId(), from.task(), from.attempts()));
        if (chosen.chain().chainId() != from.chain().chainId()) {
            offered.add(new DiffChain(
                    "other · " + chosen.label(),
                    "other · chain " + chosen.chain().chainId(),
                    chosen.task(),
                    chosen.attempts()));
        }
        diffs.open(offered, fromAttempt, attempt.get());
    }

    private void readChain(ChainSummary summary) {
        int read = ++reads;
        reading.cancel();
        attempts.clear();
        attempt.set(null);
        chosen = null;
        Workspace store = workspace.getValue();
        if (summary == null || store == null) {
            loading.set(false);
            return;
        }
        loading.set(true);
        reading = jobs.submit(JobRequest.browse(
                        "Reading chain " + summary.chainId(), progress -> store.locateChain(summary))
                .onSuccess(located -> {
                    if (read == reads) {
                        loading.set(false);
                        located.ifPresentOrElse(
                                this::showChain,
                                () -> status.set("Chain " + summary.chainId() + " is no longer in the store."));
                    }
                })
                .onFailure(failure -> {
                    if (read == reads) {
                        loading.set(false);
                        errors.report(
                                "Cannot read chain " + summary.chainId() + ". Choose it again to retry.", failure);
                    }
                }));
    }

    private void showChain(LocatedChain located) {
        chosen = located;
        attempts.setAll(located.attempts());
        attempt.set(located.finalAttempt()
                .orElse(
                        located.attempts().isEmpty()
                                ? null
                                : located.attempts().get(located.attempts().size() - 1)));
        status.set(located.label() + " (" + located.runName() + ")");
    }
}
