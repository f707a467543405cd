package org.tracelab.app.ui.shell;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.tracelab.app.service.bench.DatasetDownloads;
import org.tracelab.app.service.bench.ModelConnections;
import org.tracelab.app.service.bench.StoredPlan;
import org.tracelab.app.service.compare.LocatedChain;
import org.tracelab.app.service.compose.ComposeService;
import org.tracelab.app.service.report.InstructionLabels;
import org.tracelab.app.service.workspace.Workspace;
import org.tracelab.app.ui.Theme;
import org.tracelab.app.ui.benchmark.BenchmarkRuns;
import org.tracelab.app.ui.benchmark.BenchmarkViewModel;
import org.tracelab.app.ui.compare.CompareViewModel;
import org.tracelab.app.ui.compare.CompareWithViewModel;
import org.tracelab.app.ui.compose.ComposeViewModel;
import org.tracelab.app.ui.diff.DiffTarget;
import org.tracelab.app.ui.diff.DiffViewModel;
import org.tracelab.app.ui.errors.ErrorReporter;
import org.tracelab.app.ui.explorer.ChainDetail;
import org.tracelab.app.ui.explorer.CompareWithOpener;
import org.tracelab.app.ui.explorer.DiffOpener;
import org.tracelab.app.ui.explorer.ExplorerViewModel;
import org.tracelab.app.ui.export.ExportViewModel;
import org.tracelab.app.ui.export.FolderOpener;
import org.tracelab.app.ui.importing.ImportViewModel;
import org.tracelab.app.ui.jobs.JobRequest;
import org.tracelab.app.ui.jobs.Jobs;
import org.tracelab.app.ui.pairs.PairsViewModel;
import org.tracelab.app.ui.results.ResultsViewModel;
import org.tracelab.app.ui.runs.RunRow;
import org.tracelab.app.ui.runs.RunsViewModel;
import org.tracelab.app.ui.samples.SampleStoreOpener;
import org.tracelab.app.ui.samples.SampleStores;
import org.tracelab.app.ui.settings.Settings;
import org.tracelab.app.ui.settings.SettingsStore;
import org.tracelab.app.ui.settings.WindowBounds;
import org.tracelab.app.ui.workspace.StoreSession;
import org.tracelab.core.verify.constraint.ConstraintRegistry;
import org.tracelab.storage.StoredAttempt;

/**
 * The main window's state: which section shows, the theme, the settings, the open store and the sections' view
 * models. Settings changes are saved in the background, always the latest settings.
 */
public final class MainViewModel {

    private final StoreSession session;
    private final Jobs jobs;
    private final ErrorReporter errors;
    private final SettingsStore settingsStore;
    private final RunsViewModel runs;
    private final ResultsViewModel results;
    private final BenchmarkRuns benchmarks;
    private final DatasetDownloads downloads;
    private final InstructionLabels labels;
    private final ComposeService composer;
    private final PairsViewModel pairs;
    private final FolderOpener folders;
    private final SampleStoreOpener samples;
    private final ExplorerViewModel explorer;
    private final CompareViewModel compare;
    private DiffOpener diffTarget = DiffOpener.NONE;
    private DiffTarget diffsAcross = DiffTarget.NONE;
    private CompareWithOpener compareWithTarget = CompareWithOpener.NONE;
    private final ReadOnlyObjectWrapper<Section> section = new ReadOnlyObjectWrapper<>(this, "section", Section.RUNS);
    private final ReadOnlyObjectWrapper<Settings> settings = new ReadOnlyObjectWrapper<>(this, "settings");
    private final ReadOnlyObjectWrapper<Theme> theme = new ReadOnlyObjectWrapper<>(this, "theme");
    private final AtomicReference<Settings> latestSettings = new AtomicReference<>();

    /**
     * @param downloads where the benchmark form's "Get IFEval" and "Get IFBench" get their prompts files
     * @param registry  the constraint types: their names in Results and the Explorer, and the composer's draw
     */
    public MainViewModel(
            StoreSession session,
            Jobs jobs,
            ErrorReporter errors,
            SettingsStore settingsStore,
            Settings initialSettings,
            ModelConnections connections,
            DatasetDownloads downloads,
            FolderOpener folders,
            SampleStores sampleStores,
            ConstraintRegistry registry) {
        this.downloads = downloads;
        this.labels = new InstructionLabels(registry);
        this.composer = new ComposeService(registry);
        this.session = session;
        this.jobs = jobs;
        this.errors = errors;
        this.settingsStore = settingsStore;
        this.runs = new RunsViewModel(session, jobs, errors);
        this.results = new ResultsViewModel(session, runs, jobs, errors, labels);
        this.benchmarks = new BenchmarkRuns(session, jobs, errors, connections, runs::refresh);
        this.pairs = new PairsViewModel(session, runs, jobs, errors);
        this.folders = folders;
        this.samples = new SampleStoreOpener(sampleStores, session, jobs, errors);
        // The shell decides how a diff is shown (a window, see MainWindow); until it says, D does nothing.
        this.explorer = new ExplorerViewModel(
                session.workspace(),
                runs.runs(),
                jobs,
                errors,
                (task, chain, left, right) -> diffTarget.open(task, chain, left, right),
                (chain, attempt) -> compareWithTarget.open(chain, attempt),
                labels);
        this.compare = new CompareViewModel(
                session, runs, jobs, errors, (chains, left, right) -> diffsAcross.open(chains, left, right));
        settings.set(initialSettings);
        latestSettings.set(initialSettings);
        theme.bind(Bindings.createObjectBinding(() -> settings.get().theme(), settings));
        session.workspace().addListener((obs, old, workspace) -> {
            if (workspace != null) {
                updateSettings(settings.get().withLastStore(workspace.storeFile()), true);
            }
        });
    }

    public StoreSession session() {
        return session;
    }

    public Jobs jobs() {
        return jobs;
    }

    public RunsViewModel runs() {
        return runs;
    }

    public ResultsViewModel results() {
        return results;
    }

    public PairsViewModel pairs() {
        return pairs;
    }

    /** A fresh export form; with a run, filled in for that run's curated DPO pairs, else on the run in view. */
    public ExportViewModel newExport(Long curatedRunId) {
        ExportViewModel form = new ExportViewModel(session, runs.runs(), jobs, errors, folders);
        if (curatedRunId != null) {
            form.prepareCurated(curatedRunId);
        } else {
            form.selection().runId().set(runInView());
        }
        return form;
    }

    /** A fresh export form on run {@code runId} (a run's context menu). */
    public ExportViewModel newExportOf(long runId) {
        ExportViewModel form = new ExportViewModel(session, runs.runs(), jobs, errors, folders);
        form.selection().runId().set(runId);
        return form;
    }

    /**
     * The run the person is looking at: the one chosen in Results, explored in the Explorer, curated in Pairs or
     * selected in Runs or side A in Compare, by the section shown; null when none.
     */
    public Long runInView() {
        return switch (section.get()) {
            case RESULTS ->
                results.selectedRunIds().isEmpty()
                        ? null
                        : results.selectedRunIds().get(0);
            case EXPLORER -> explorer.chains().filter().get().runId();
            case PAIRS -> pairs.runId().get();
            case RUNS -> runs.selected().get();
            case COMPARE ->
                compare.sideA().run().get() == null
                        ? null
                        : compare.sideA().run().get().id();
        };
    }

    /** The window's title: the app and the store open. */
    public javafx.beans.binding.StringBinding title() {
        return Bindings.createStringBinding(
                () -> {
                    Path file = session.storeFile().get();
                    return file == null ? "Tracelab" : file.getFileName() + " — Tracelab";
                },
                session.storeFile());
    }

    /** Remembers where {@code view}'s split pane dividers are; saved on exit. */
    public void rememberDividers(String view, List<Double> positions) {
        if (!positions.equals(settings.get().dividers().get(view))) {
            updateSettings(settings.get().withDividers(view, positions), false);
        }
    }

    /** Opens a file or folder with the platform's application for it; does I/O, so call it in a job. */
    void openWithPlatform(Path target) throws java.io.IOException {
        folders.open(target);
    }

    /** Reports a failure the person can act on. */
    void reportError(String summary, Throwable cause) {
        errors.report(summary, cause);
    }

    /** Shows Pairs on run {@code runId}. */
    public void showPairs(long runId) {
        pairs.runId().set(runId);
        section.set(Section.PAIRS);
    }

    /** Shows the Explorer on run {@code runId}. */
    public void showExplorer(long runId) {
        explorer.selectRun(runId);
        section.set(Section.EXPLORER);
    }

    public ExplorerViewModel explorer() {
        return explorer;
    }

    /** Where the explorer's Diff button and {@code D} key show a diff (set once by the window). */
    public void showDiffsWith(DiffOpener target) {
        this.diffTarget = target;
    }

    /** Where diffs of attempts of several chains show: Compare's rows, "Compare with…" (set once by the window). */
    public void showDiffsAcrossWith(DiffTarget target) {
        this.diffsAcross = target;
    }

    /** Where the explorer's "Compare with…" opens (set once by the window). */
    public void showCompareWithIn(CompareWithOpener target) {
        this.compareWithTarget = target;
    }

    public CompareViewModel compare() {
        return compare;
    }

    /** A fresh "Compare with…" form for an attempt of the chain the explorer shows. */
    public CompareWithViewModel newCompareWith(ChainDetail chain, StoredAttempt attempt) {
        return new CompareWithViewModel(
                session.workspace(),
                jobs,
                errors,
                (chains, left, right) -> diffsAcross.open(chains, left, right),
                new LocatedChain(chain.chain(), "", chain.task(), chain.attempts()),
                attempt);
    }

    /** Switches to Compare with runs {@code a} and {@code b} compared whole (Results' "Compare task by task"). */
    public void showCompare(long a, long b) {
        RunRow runA =
                runs.runs().stream().filter(run -> run.id() == a).findFirst().orElse(null);
        RunRow runB =
                runs.runs().stream().filter(run -> run.id() == b).findFirst().orElse(null);
        if (runA != null && runB != null) {
            compare.compareRuns(runA, runB);
            section.set(Section.COMPARE);
        }
    }

    /** A fresh diff view model, for one diff window. */
    public DiffViewModel newDiff() {
        return new DiffViewModel(jobs, errors);
    }

    /** The benchmark run of this app, if one is going, and how the last one ended. */
    public BenchmarkRuns benchmarks() {
        return benchmarks;
    }

    /** Help › Open the illustrative sample store. */
    public SampleStoreOpener samples() {
        return samples;
    }

    /**
     * A fresh benchmark form, filled in as the last run was started (endpoint, model, prompts file, seeds); each run
     * started from it remembers those and its prompts file among the recent files. When no run goes, the last run's
     * progress and status are forgotten, so a new form does not show them.
     */
    public BenchmarkViewModel newBenchmark() {
        if (!benchmarks.running().get()) {
            benchmarks.forgetEnded();
        }
        BenchmarkViewModel form = new BenchmarkViewModel(
                session, jobs, benchmarks, downloads, settings.get().recentFiles(), this::rememberFile);
        form.fill(settings.get().benchmark());
        form.onStarted(started -> updateSettings(
                settings.get()
                        .withBenchmark(started)
                        .withRecentFiles(started.dataset() == null ? List.of() : List.of(started.dataset())),
                true));
        return form;
    }

    /**
     * A fresh File › New task set… form; each task file it writes is remembered among the recent files.
     *
     * @param useInBenchmark opens Run a benchmark… with a written task file
     */
    public ComposeViewModel newTaskSet(Consumer<Path> useInBenchmark) {
        return new ComposeViewModel(jobs, errors, composer, labels, this::rememberFile, useInBenchmark);
    }

    /**
     * Reads run {@code runId} in the background and hands {@code open} a form filled in to continue it; reports
     * instead when the run does not record its plan.
     */
    public void prepareResume(long runId, Consumer<BenchmarkViewModel> open) {
        Workspace workspace = session.workspace().get();
        if (workspace == null) {
            return;
        }
        jobs.submit(JobRequest.browse("Reading run #" + runId, progress -> workspace.runInfo(runId))
                .onSuccess(info -> {
                    Optional<StoredPlan> stored = info.flatMap(run -> StoredPlan.of(runId, run));
                    if (stored.isEmpty()) {
                        errors.report(
                                "Run #" + runId + " cannot be resumed: it does not record how it was run "
                                        + "(imports never can). Start a new benchmark instead.",
                                null);
                        return;
                    }
                    BenchmarkViewModel form = newBenchmark();
                    form.prepareResume(stored.get());
                    open.accept(form);
                })
                .onFailure(failure -> errors.report(
                        "Cannot read run #" + runId + " from the store. Runs › Refresh " + "and try again.", failure)));
    }

    public ReadOnlyObjectProperty<Section> section() {
        return section.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Theme> theme() {
        return theme.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Settings> settings() {
        return settings.getReadOnlyProperty();
    }

    /** Shows a section; Pairs opens on the run in view (or the newest) when none is chosen there yet. */
    public void show(Section target) {
        if (target == Section.PAIRS && pairs.runId().get() == null && section.get() != Section.PAIRS) {
            Long inView = runInView();
            pairs.runId()
                    .set(
                            inView != null
                                    ? inView
                                    : runs.runs().isEmpty()
                                            ? null
                                            : runs.runs()
                                                    .get(runs.runs().size() - 1)
                                                    .id());
        }
        section.set(target);
    }

    /** Switches to Results with one run chosen. */
    public void showResults(long runId) {
        results.select(List.of(runId));
        section.set(Section.RESULTS);
    }

    public void setTheme(Theme newTheme) {
        if (newTheme != theme.get()) {
            updateSettings(settings.get().withTheme(newTheme), true);
        }
    }

    public void toggleTheme() {
        setTheme(theme.get().other());
    }

    /** Opens (or creates) another store; the current one closes once the new one is open. */
    public void openStore(Path file) {
        session.open(file);
    }

    /** A fresh import form; a successful import reloads the runs and remembers the files used. */
    public ImportViewModel newImport() {
        return new ImportViewModel(session, jobs, errors, used -> {
            runs.refresh();
            updateSettings(settings.get().withRecentFiles(used), true);
        });
    }

    /** Remembers where the window is; saved on exit. */
    public void rememberWindow(WindowBounds bounds) {
        updateSettings(settings.get().withWindow(bounds), false);
    }

    /**
     * Ends the session off the FX thread: cancels a running benchmark and waits until its run is marked
     * cancelled, saves the settings and closes the store after the queued jobs, then
     * stops the job threads. Blocks the caller (the app's stop) for at most {@code timeoutSeconds}.
     */
    public void shutdown(long timeoutSeconds) {
        benchmarks.cancel(); // first, so the long jobs end and the store can close
        Workspace workspace = session.detach();
        jobs.shutdownAfter(
                () -> {
                    try {
                        benchmarks.cancelAndAwait(timeoutSeconds);
                        saveLatestSettings();
                    } finally {
                        if (workspace != null) {
                            workspace.close();
                        }
                    }
                },
                timeoutSeconds);
    }

    private void rememberFile(Path file) {
        updateSettings(settings.get().withRecentFiles(List.of(file)), true);
    }

    private void updateSettings(Settings updated, boolean save) {
        settings.set(updated);
        latestSettings.set(updated);
        if (save) {
            // Saves whatever settings are latest when it runs, so saves that finish out of order still end current.
            jobs.submit(JobRequest.browse("Saving settings", progress -> {
                        saveLatestSettings();
                        return null;
                    })
                    .onFailure(failure -> errors.report(
                            "Cannot save the settings; they will be tried again on exit. Check "
                                    + "that the config folder is writable.",
                            failure)));
        }
    }

    private void saveLatestSettings() {
        synchronized (settingsStore) {
            settingsStore.save(latestSettings.get());
        }
    }
}
