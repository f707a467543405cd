package org.tracelab.app.ui.explorer;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntConsumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.tracelab.app.service.workspace.Workspace;
import org.tracelab.app.ui.errors.ErrorReporter;
import org.tracelab.app.ui.jobs.Job;
import org.tracelab.app.ui.jobs.Jobs;
import org.tracelab.storage.query.ChainPage;
import org.tracelab.storage.query.ChainQuery;
import org.tracelab.storage.query.ChainSummary;
import org.tracelab.storage.query.FacetCounts;
import org.tracelab.storage.query.PageRequest;

/**
 * The explorer's chain list: the filter (one per run, remembered while the store is open), the rows held so far,
 * fetched a keyset page at a time as the list scrolls ({@link ChainWindow}), and the facet counts. A new filter
 * cancels the page and count reads still running for the old one, and results of stale reads are dropped.
 * Call on the FX thread (or, with {@link Jobs} that run inline, on one thread).
 */
public final class ChainListModel {

    public static final int PAGE_SIZE = 200;
    public static final int MAX_ROWS = 5_000;

    private final ObservableValue<Workspace> workspace;
    private final Jobs jobs;
    private final ErrorReporter errors;
    /** Filter per run id; the null key is "all runs". */
    private final Map<Long, ExplorerFilter> filters = new HashMap<>();

    private final ReadOnlyObjectWrapper<ExplorerFilter> filter =
            new ReadOnlyObjectWrapper<>(this, "filter", ExplorerFilter.of(null));
    private final StringBinding summary =
            Bindings.createStringBinding(() -> filter.get().summary(), filter);
    private final ObservableList<ChainSummary> rows = FXCollections.observableArrayList();
    private final ObservableList<ChainSummary> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyObjectWrapper<FacetCounts> counts = new ReadOnlyObjectWrapper<>(this, "counts");
    private final ReadOnlyObjectWrapper<FacetCounts> options = new ReadOnlyObjectWrapper<>(this, "options");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyBooleanWrapper moreBelow = new ReadOnlyBooleanWrapper(this, "moreBelow");
    private final ReadOnlyBooleanWrapper moreAbove = new ReadOnlyBooleanWrapper(this, "moreAbove");
    private final ChainWindow window;
    private IntConsumer shiftListener = rowsAdded -> {};
    private int generation;
    private Job pageJob = Job.DONE;
    private Job countsJob = Job.DONE;
    private Job optionsJob = Job.DONE;
    private ExplorerFilter optionsFor;
    private boolean optionsPending;

    public ChainListModel(ObservableValue<Workspace> workspace, Jobs jobs, ErrorReporter errors) {
        this(workspace, jobs, errors, PAGE_SIZE, MAX_ROWS);
    }

    ChainListModel(ObservableValue<Workspace> workspace, Jobs jobs, ErrorReporter errors, int pageSize, int maxRows) {
        this.workspace = workspace;
        this.jobs = jobs;
        this.errors = errors;
        this.window = new ChainWindow(pageSize, maxRows);
    }

    public ReadOnlyObjectProperty<ExplorerFilter> filter() {
        return filter.getReadOnlyProperty();
    }

    /** The filter as one readable line. */
    public StringBinding summary() {
        return summary;
    }

    /** The rows held: a window of consecutive pages, never the whole selection. */
    public ObservableList<ChainSummary> rows() {
        return rowsView;
    }

    /** Facet counts within the current selection, null until read. */
    public ReadOnlyObjectProperty<FacetCounts> counts() {
        return counts.getReadOnlyProperty();
    }

    /** Facet counts of the whole run (or store): which values each filter offers. Null until read. */
    public ReadOnlyObjectProperty<FacetCounts> options() {
        return options.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loading() {
        return loading.getReadOnlyProperty();
    }

    /** More matching chains follow the rows held. */
    public ReadOnlyBooleanProperty moreBelow() {
        return moreBelow.getReadOnlyProperty();
    }

    /** Earlier pages were dropped from the window and can be read again. */
    public ReadOnlyBooleanProperty moreAbove() {
        return moreAbove.getReadOnlyProperty();
    }

    /**
     * Told how many rows were added (positive) or removed (negative) at the start of {@link #rows()}, so a view can
     * keep the same rows in sight.
     */
    public void setShiftListener(IntConsumer listener) {
        this.shiftListener = Objects.requireNonNull(listener);
    }

    /** Shows a run (null: all runs) with the filter last used for it. */
    public void selectRun(Long runId) {
        apply(filters.getOrDefault(runId, ExplorerFilter.of(runId)));
    }

    /** Shows {@code next}, remembered for its run, and reads its first page and counts. */
    public void apply(ExplorerFilter next) {
        filters.put(next.runId(), next);
        filter.set(next);
        reload();
    }

    /** Forgets every run's filter (another store was opened). */
    public void forgetFilters() {
        filters.clear();
        optionsJob.cancel();
        optionsPending = false;
        optionsFor = null;
        options.set(null);
    }

    /** Drops the rows and counts held and cancels their reads. */
    public void clear() {
        pageJob.cancel();
        countsJob.cancel();
        generation++;
        window.reset();
        rows.clear();
        counts.set(null);
        loading.set(false);
        moreBelow.set(false);
        moreAbove.set(false);
    }

    /** Reads the current filter's first page and counts again, dropping the rows held. */
    public void reload() {
        clear();
        Workspace store = workspace.getValue();
        if (store == null) {
            return;
        }
        ExplorerFilter current = filter.get();
        ChainQuery query = current.toQuery();
        int reading = generation;
        readPage(store, query, window.nextRequest(), true);
        ExplorerFilter wide = current.cleared();
        if (!wide.equals(optionsFor)) {
            optionsJob.cancel();
            optionsPending = false;
            optionsFor = wide;
            options.set(null);
        }
        // With no filter but the run the counts are the run's filter values too: one query, not two (a whole
        // store's facets take seconds).
        boolean countsAreOptions = current.equals(wide);
        countsJob = jobs.submit(
                "Counting chains",
                current.summary(),
                () -> store.facets(query),
                facets -> {
                    if (reading == generation) {
                        counts.set(facets);
                        if (countsAreOptions && wide.equals(optionsFor) && options.get() == null) {
                            options.set(facets);
                        }
                    }
                },
                failure -> {
                    if (reading == generation) {
                        report("count the chains of", failure);
                    }
                });
        if (!countsAreOptions && options.get() == null && !optionsPending) {
            optionsPending = true;
            optionsJob = jobs.submit(
                    "Reading filter values",
                    wide.summary(),
                    () -> store.facets(wide.toQuery()),
                    facets -> {
                        optionsPending = false;
                        if (wide.equals(optionsFor)) {
                            options.set(facets);
                        }
                    },
                    failure -> {
                        optionsPending = false;
                        if (wide.equals(optionsFor)) {
                            report("read the filter values of", failure);
                        }
                    });
        }
    }

    /** Reads the page after the rows held, unless one is being read or there is none. */
    public void loadMore() {
        Workspace store = workspace.getValue();
        if (store != null && !loading.get() && window.nextRequest() != null) {
            readPage(store, filter.get().toQuery(), window.nextRequest(), true);
        }
    }

    /** Reads the page before the rows held again, unless one is being read or the window starts at the top. */
    public void loadEarlier() {
        Workspace store = workspace.getValue();
        if (store != null && !loading.get() && window.previousRequest() != null) {
            readPage(store, filter.get().toQuery(), window.previousRequest(), false);
        }
    }

    private void readPage(Workspace store, ChainQuery query, PageRequest request, boolean after) {
        int reading = generation;
        loading.set(true);
        pageJob = jobs.submit(
                "Reading chains",
                filter.get().summary(),
                () -> store.chains(query, request),
                page -> {
                    if (reading == generation) {
                        loading.set(false);
                        show(request, page, after);
                    }
                },
                failure -> {
                    if (reading == generation) {
                        loading.set(false);
                        report("read the chains of", failure);
                    }
                });
    }

    private void show(PageRequest request, ChainPage page, boolean after) {
        if (after) {
            int dropped = window.append(request, page);
            rows.addAll(page.rows());
            if (dropped > 0) {
                rows.remove(0, dropped);
                shiftListener.accept(-dropped);
            }
        } else {
            int dropped = window.prepend(request, page);
            if (dropped > 0) {
                rows.remove(rows.size() - dropped, rows.size());
            }
            rows.addAll(0, page.rows());
            shiftListener.accept(page.rows().size());
        }
        moreBelow.set(window.nextRequest() != null);
        moreAbove.set(window.previousRequest() != null);
    }

    private void report(String what, Throwable failure) {
        errors.report(
                "Cannot " + what + " \u201c" + filter.get().summary() + "\u201d from the store. Change the "
                        + "filter or choose the run again to retry.",
                failure);
    }
}
