package org.tracelab.app.ui.shell;

import java.nio.file.Path;
import javafx.stage.Stage;
import org.tracelab.app.service.bench.DatasetDownloads;
import org.tracelab.app.service.bench.IfbenchDownloads;
import org.tracelab.app.service.bench.IfevalDownloads;
import org.tracelab.app.service.bench.LocalModelConnections;
import org.tracelab.app.service.bench.ModelConnections;
import org.tracelab.app.service.store.StoreLocation;
import org.tracelab.app.service.workspace.WorkspaceOpener;
import org.tracelab.app.ui.FileChooserService;
import org.tracelab.app.ui.errors.ErrorDialogs;
import org.tracelab.app.ui.errors.ErrorReporter;
import org.tracelab.app.ui.export.DesktopFolderOpener;
import org.tracelab.app.ui.export.FolderOpener;
import org.tracelab.app.ui.jobs.BackgroundJobs;
import org.tracelab.app.ui.jobs.FxJobs;
import org.tracelab.app.ui.jobs.Jobs;
import org.tracelab.app.ui.jobs.JobsView;
import org.tracelab.app.ui.samples.SampleStores;
import org.tracelab.app.ui.settings.Settings;
import org.tracelab.app.ui.settings.SettingsStore;
import org.tracelab.app.ui.workspace.StoreSession;
import org.tracelab.core.verify.BuiltInConstraints;

/**
 * Wires the desktop app together by constructor injection: one {@link Jobs} on the app's job threads, one error
 * reporter, one store session, the view models and the main window. {@code TracelabApp} gives it the real store, settings file and
 * file dialogs; tests give it temporary ones.
 */
public final class Desktop {

    /**
     * What the desktop needs from outside. {@link #of} gives the real model connections, "Get IFEval" from
     * Hugging Face and "Get IFBench" from GitHub into the data folder, the platform's file manager and the sample
     * store; tests replace any of them with the {@code with…} methods.
     *
     * @param jobThreads threads for short reads (the {@code BROWSE} lane); long jobs have threads of their own
     */
    public record Dependencies(
            WorkspaceOpener opener,
            SettingsStore settingsStore,
            Settings settings,
            FileChooserService choosers,
            int jobThreads,
            ModelConnections connections,
            DatasetDownloads downloads,
            FolderOpener folders,
            SampleStores samples) {

        /** The real model connections (probing the usual local ports), file manager and sample store. */
        public static Dependencies of(
                WorkspaceOpener opener,
                SettingsStore settingsStore,
                Settings settings,
                FileChooserService choosers,
                int jobThreads) {
            return new Dependencies(
                    opener,
                    settingsStore,
                    settings,
                    choosers,
                    jobThreads,
                    new LocalModelConnections(),
                    DatasetDownloads.into(StoreLocation.datasetCache()),
                    new DesktopFolderOpener(),
                    SampleStores.bundled(StoreLocation.samplesStore()));
        }

        public Dependencies withConnections(ModelConnections replacement) {
            return new Dependencies(
                    opener, settingsStore, settings, choosers, jobThreads, replacement, downloads, folders, samples);
        }

        public Dependencies withIfeval(IfevalDownloads replacement) {
            return new Dependencies(
                    opener,
                    settingsStore,
                    settings,
                    choosers,
                    jobThreads,
                    connections,
                    downloads.withIfeval(replacement),
                    folders,
                    samples);
        }

        public Dependencies withIfbench(IfbenchDownloads replacement) {
            return new Dependencies(
                    opener,
                    settingsStore,
                    settings,
                    choosers,
                    jobThreads,
                    connections,
                    downloads.withIfbench(replacement),
                    folders,
                    samples);
        }

        public Dependencies withFolders(FolderOpener replacement) {
            return new Dependencies(
                    opener,
                    settingsStore,
                    settings,
                    choosers,
                    jobThreads,
                    connections,
                    downloads,
                    replacement,
                    samples);
        }

        public Dependencies withSamples(SampleStores replacement) {
            return new Dependencies(
                    opener,
                    settingsStore,
                    settings,
                    choosers,
                    jobThreads,
                    connections,
                    downloads,
                    folders,
                    replacement);
        }
    }

    private static final long SHUTDOWN_SECONDS = 15;
    /** Threads for long jobs: a benchmark, an export and one more (mining, a report) at once. */
    private static final int LONG_JOB_THREADS = 3;

    private final MainViewModel viewModel;
    private final MainWindow window;

    private Desktop(MainViewModel viewModel, MainWindow window) {
        this.viewModel = viewModel;
        this.window = window;
    }

    /** Builds the window on {@code stage}, shows it and starts opening {@code storeFile}. Call on the FX thread. */
    public static Desktop start(Stage stage, Path storeFile, Dependencies dependencies) {
        BackgroundJobs threads = new BackgroundJobs(dependencies.jobThreads(), LONG_JOB_THREADS);
        Jobs jobs = new FxJobs(threads);
        ErrorReporter errors = new ErrorDialogs(() -> stage);
        StoreSession session = new StoreSession(dependencies.opener(), jobs, errors);
        MainViewModel viewModel = new MainViewModel(
                session,
                jobs,
                errors,
                dependencies.settingsStore(),
                dependencies.settings(),
                dependencies.connections(),
                dependencies.downloads(),
                dependencies.folders(),
                dependencies.samples(),
                BuiltInConstraints.registry());
        MainWindow window = new MainWindow(stage, viewModel, dependencies.choosers(), new JobsView(threads));
        window.show(storeFile);
        return new Desktop(viewModel, window);
    }

    public MainViewModel viewModel() {
        return viewModel;
    }

    public MainWindow window() {
        return window;
    }

    /** Remembers the window, then saves settings and closes the store off the FX thread, waiting for both. */
    public void shutdown() {
        window.rememberBounds();
        viewModel.shutdown(SHUTDOWN_SECONDS);
    }
}
