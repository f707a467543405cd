package org.tracelab.app.ui.explorer;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.tracelab.app.service.report.InstructionLabels;
import org.tracelab.app.service.workspace.Workspace;
import org.tracelab.app.ui.errors.ErrorReporter;
import org.tracelab.app.ui.jobs.Jobs;
import org.tracelab.app.ui.runs.RunRow;
import org.tracelab.core.trace.CurationState;
import org.tracelab.storage.query.ChainSummary;

/**
 * The Explorer section: the run and filter ({@link ChainListModel}), the chain selected in the list and the chain
 * open below it ({@link ChainDetailModel}), and the keyboard's actions. Holds no JavaFX nodes, so it runs without
 * a stage (the benchmark drives it with inline jobs). Call on the FX thread.
 */
public final class ExplorerViewModel {

    private final ObservableList<RunRow> runs;
    private final InstructionLabels labels;
    private final ChainListModel chains;
    private final ChainDetailModel chain;
    private final ReadOnlyObjectWrapper<ChainSummary> selectedChain =
            new ReadOnlyObjectWrapper<>(this, "selectedChain");
    private boolean runChosen;
    private Long shownByDefault;

    /** Names instruction ids as the built-in constraint types do. */
    public ExplorerViewModel(
            ObservableValue<Workspace> workspace,
            ObservableList<RunRow> runs,
            Jobs jobs,
            ErrorReporter errors,
            DiffOpener diff) {
        this(workspace, runs, jobs, errors, diff, CompareWithOpener.NONE, InstructionLabels.builtIn());
    }

    /**
     * @param runs        the store's runs as the Runs section reads them; the newest is shown until one is chosen
     * @param diff        opens the diff of attempts A and B (the D key and the Diff button)
     * @param compareWith opens "Compare with…" for the attempt shown (the C key and the button)
     * @param labels      readable names and benchmarks of instruction ids, for the instruction filter
     */
    public ExplorerViewModel(
            ObservableValue<Workspace> workspace,
            ObservableList<RunRow> runs,
            Jobs jobs,
            ErrorReporter errors,
            DiffOpener diff,
            CompareWithOpener compareWith,
            InstructionLabels labels) {
        this.labels = labels;
        this.runs = runs;
        this.chains = new ChainListModel(workspace, jobs, errors);
        this.chain = new ChainDetailModel(workspace, jobs, errors, diff, compareWith);
        workspace.addListener((obs, old, now) -> {
            runChosen = false;
            shownByDefault = null;
            chains.forgetFilters();
            selectChain(null);
            showDefaultRun();
        });
        runs.addListener((ListChangeListener<RunRow>) change -> showDefaultRun());
        showDefaultRun();
    }

    public ObservableList<RunRow> runs() {
        return runs;
    }

    /** Readable names and benchmarks of instruction ids, for the instruction filter. */
    public InstructionLabels instructionLabels() {
        return labels;
    }

    public ChainListModel chains() {
        return chains;
    }

    public ChainDetailModel chain() {
        return chain;
    }

    /** The full-text search phrase of the filter shown, null when none; the attempt view highlights its hits. */
    public ObservableValue<String> searchPhrase() {
        return javafx.beans.binding.Bindings.createStringBinding(
                () -> chains.filter().get().fullText(), chains.filter());
    }

    /** The chain selected in the list, null when none. */
    public ReadOnlyObjectProperty<ChainSummary> selectedChain() {
        return selectedChain.getReadOnlyProperty();
    }

    /** Shows a run (null: all runs) with the filter last used on it. */
    public void selectRun(Long runId) {
        runChosen = true;
        selectChain(null);
        chains.selectRun(runId);
    }

    /** Applies a filter (its run included) and remembers it for that run. */
    public void applyFilter(ExplorerFilter filter) {
        runChosen = true;
        chains.apply(filter);
    }

    /** Selects a chain of the list (or another chain of the same task) and opens it below. */
    public void selectChain(ChainSummary row) {
        selectedChain.set(row);
        chain.show(row);
    }

    public void selectNextChain() {
        moveChain(1);
    }

    public void selectPreviousChain() {
        moveChain(-1);
    }

    public void selectNextAttempt() {
        chain.selectNextAttempt();
    }

    public void selectPreviousAttempt() {
        chain.selectPreviousAttempt();
    }

    public void openDiff() {
        chain.openDiff();
    }

    public void compareWith() {
        chain.compareWith();
    }

    public void includePair() {
        chain.curatePair(CurationState.INCLUDED);
    }

    public void excludePair() {
        chain.curatePair(CurationState.EXCLUDED);
    }

    private void moveChain(int step) {
        ObservableList<ChainSummary> rows = chains.rows();
        if (rows.isEmpty()) {
            return;
        }
        int at = rows.indexOf(selectedChain.get());
        int next = at < 0 ? 0 : at + step;
        if (next >= rows.size() - 1) {
            chains.loadMore();
        } else if (next <= 0) {
            chains.loadEarlier();
        }
        next = Math.max(0, Math.min(rows.size() - 1, next));
        selectChain(rows.get(next));
    }

    /** Until a run is chosen (or when the chosen run is gone), shows the newest run. */
    private void showDefaultRun() {
        Long current = chains.filter().get().runId();
        if (runChosen && (current == null || runs.stream().anyMatch(run -> run.id() == current))) {
            return;
        }
        runChosen = false;
        Long newest = runs.isEmpty() ? null : runs.get(runs.size() - 1).id();
        if (newest == null) {
            shownByDefault = null;
            chains.clear();
        } else if (!newest.equals(shownByDefault)) {
            shownByDefault = newest;
            chains.selectRun(newest);
        }
    }
}
