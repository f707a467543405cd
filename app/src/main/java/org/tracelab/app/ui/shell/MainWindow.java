package org.tracelab.app.ui.shell;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.tracelab.app.service.store.StoreLocation;
import org.tracelab.app.ui.Dialogs;
import org.tracelab.app.ui.FileChooserService;
import org.tracelab.app.ui.Styles;
import org.tracelab.app.ui.benchmark.BenchmarkDialog;
import org.tracelab.app.ui.benchmark.BenchmarkViewModel;
import org.tracelab.app.ui.compare.CompareView;
import org.tracelab.app.ui.compare.CompareWithDialog;
import org.tracelab.app.ui.compose.ComposeDialog;
import org.tracelab.app.ui.diff.DiffChain;
import org.tracelab.app.ui.diff.DiffViewModel;
import org.tracelab.app.ui.diff.DiffWindow;
import org.tracelab.app.ui.explorer.ChainDetail;
import org.tracelab.app.ui.explorer.ExplorerView;
import org.tracelab.app.ui.export.ExportDialog;
import org.tracelab.app.ui.export.ExportViewModel;
import org.tracelab.app.ui.importing.ImportDialog;
import org.tracelab.app.ui.jobs.JobRequest;
import org.tracelab.app.ui.jobs.JobsView;
import org.tracelab.app.ui.pairs.PairsView;
import org.tracelab.app.ui.results.ResultsView;
import org.tracelab.app.ui.runs.RunActions;
import org.tracelab.app.ui.runs.RunDialogs;
import org.tracelab.app.ui.runs.RunRow;
import org.tracelab.app.ui.runs.RunsView;
import org.tracelab.app.ui.settings.JsonSettingsFile;
import org.tracelab.app.ui.settings.WindowBounds;
import org.tracelab.core.trace.TaskRecord;
import org.tracelab.storage.StoredAttempt;

/**
 * The main window: menu, navigation rail, the sections, and a status bar with the store and running jobs. Its
 * title names the open store; each view's split pane dividers are remembered in the settings.
 */
public final class MainWindow {

    private static final double DEFAULT_WIDTH = 1280;
    private static final double DEFAULT_HEIGHT = 800;

    private final Stage stage;
    private final MainViewModel viewModel;
    private final FileChooserService choosers;
    private final Scene scene;

    /** @param jobs the status bar's list of running jobs */
    public MainWindow(Stage stage, MainViewModel viewModel, FileChooserService choosers, JobsView jobs) {
        this.stage = stage;
        this.viewModel = viewModel;
        this.choosers = choosers;

        RunActions runActions = new ShellRunActions();
        Map<Section, Node> views = new EnumMap<>(Section.class);
        views.put(
                Section.RUNS,
                new RunsView(
                        viewModel.runs(),
                        new RunsView.Actions(
                                this::openImport,
                                viewModel::showResults,
                                this::openBenchmark,
                                this::openResume,
                                viewModel.benchmarks().running(),
                                viewModel.benchmarks()::isLive,
                                () -> viewModel.samples().open(),
                                runActions)));
        views.put(Section.RESULTS, new ResultsView(viewModel.results(), runActions, viewModel::showCompare));
        views.put(Section.EXPLORER, new ExplorerView(viewModel.explorer()));
        views.put(Section.PAIRS, new PairsView(viewModel.pairs(), this::openExport));
        views.put(Section.COMPARE, new CompareView(viewModel.compare()));
        viewModel.showDiffsWith(this::openDiff);
        viewModel.showDiffsAcrossWith(this::openDiffAcross);
        viewModel.showCompareWithIn(this::openCompareWith);
        StackPane content = new StackPane();
        content.setId("content");
        views.values().forEach(view -> {
            content.getChildren().add(view);
            view.setVisible(false);
        });
        showSection(views, viewModel.section().get());
        viewModel.section().addListener((obs, old, section) -> showSection(views, section));

        BorderPane root = new BorderPane(content);
        root.setTop(new MainMenus(this, viewModel).menuBar());
        root.setLeft(navigation());
        root.setBottom(statusBar(jobs));
        root.setId("mainWindow");

        WindowBounds bounds = viewModel.settings().get().window();
        boolean onScreen = bounds != null
                && !Screen.getScreensForRectangle(
                                new Rectangle2D(bounds.x(), bounds.y(), bounds.width(), bounds.height()))
                        .isEmpty();
        scene = new Scene(root, onScreen ? bounds.width() : DEFAULT_WIDTH, onScreen ? bounds.height() : DEFAULT_HEIGHT);
        scene.getStylesheets()
                .setAll(org.tracelab.app.ui.Styles.stylesheets(viewModel.theme().get()));
        viewModel
                .theme()
                .addListener((obs, old, theme) -> scene.getStylesheets().setAll(Styles.stylesheets(theme)));
        stage.setScene(scene);
        stage.titleProperty().bind(viewModel.title());
        stage.setOnCloseRequest(event -> {
            if (viewModel.benchmarks().running().get() && !confirmCancelRun()) {
                event.consume();
            }
        });
        stage.setMinWidth(WindowBounds.MIN_WIDTH);
        stage.setMinHeight(WindowBounds.MIN_HEIGHT);
        if (onScreen) {
            stage.setX(bounds.x());
            stage.setY(bounds.y());
            stage.setMaximized(bounds.maximized());
        }
    }

    /** Shows the window and opens the store in the background. */
    public void show(Path storeFile) {
        stage.show();
        rememberDividers();
        viewModel.session().open(storeFile);
    }

    /** Records the window's bounds for the settings. */
    public void rememberBounds() {
        viewModel.rememberWindow(
                new WindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), stage.isMaximized()));
    }

    public Scene scene() {
        return scene;
    }

    public Stage stage() {
        return stage;
    }

    /** Opens the import window and returns it. */
    public Stage openImport() {
        ImportDialog dialog = new ImportDialog(stage, viewModel.newImport(), choosers, viewModel.theme());
        dialog.show();
        return dialog.stage();
    }

    /** Opens the export window; with a run, filled in for that run's curated pairs, else on the run in view. */
    public Stage openExport(Long curatedRunId) {
        return showExport(viewModel.newExport(curatedRunId));
    }

    private Stage showExport(ExportViewModel form) {
        ExportDialog dialog = new ExportDialog(stage, form, choosers, viewModel.theme());
        dialog.show();
        form.preview();
        return dialog.stage();
    }

    /** Opens the benchmark window; while a run goes, it shows that run. */
    public Stage openBenchmark() {
        return openBenchmark(null);
    }

    /** Opens the benchmark window with {@code taskFile} (when not null) as its task file. */
    public Stage openBenchmark(Path taskFile) {
        BenchmarkViewModel form = viewModel.newBenchmark();
        BenchmarkDialog dialog = new BenchmarkDialog(stage, form, choosers, viewModel.theme());
        if (taskFile != null && !viewModel.benchmarks().running().get()) {
            form.dataset().dataset().set(taskFile);
        }
        dialog.show();
        form.model().detect();
        return dialog.stage();
    }

    /** Opens File › New task set…; a task file it writes can go straight into Run a benchmark…. */
    public ComposeDialog openNewTaskSet() {
        ComposeDialog dialog =
                new ComposeDialog(stage, viewModel.newTaskSet(this::openBenchmark), choosers, viewModel.theme());
        dialog.show();
        return dialog;
    }

    /** Opens the benchmark window filled in to continue run {@code runId}. */
    public void openResume(long runId) {
        viewModel.prepareResume(runId, form -> new BenchmarkDialog(stage, form, choosers, viewModel.theme()).show());
    }

    /** File › Open store…: an existing store, in an Open dialog. */
    void openStore() {
        choosers.openStore(stage, viewModel.session().storeFile().get()).ifPresent(viewModel::openStore);
    }

    /** File › New store…: a file that does not exist yet; an existing one is refused (Open store… opens it). */
    void newStore() {
        choosers.newStore(stage, viewModel.session().storeFile().get()).ifPresent(file -> {
            if (Files.exists(file)) {
                Alert refused = Dialogs.themed(
                        new Alert(
                                Alert.AlertType.INFORMATION,
                                "Choose File › Open store… to " + "open it, or give the new store another name.",
                                ButtonType.OK),
                        stage);
                refused.setHeaderText(file.getFileName() + " already exists: a new store is never written over one.");
                refused.getDialogPane().setId("storeExistsDialog");
                refused.show();
            } else {
                viewModel.openStore(file);
            }
        });
    }

    /** Help › About, shown and returned. */
    public Alert about() {
        Alert about = HelpDialogs.about(
                stage, viewModel.session().storeFile().get(), JsonSettingsFile.defaultLocation(), LogFolder.current());
        about.show();
        return about;
    }

    /** Help › Keyboard shortcuts, shown and returned. */
    public Alert shortcuts() {
        Alert shortcuts = HelpDialogs.shortcuts(stage);
        shortcuts.show();
        return shortcuts;
    }

    /** Help › User guide: the bundled README as a page in the browser, written off the FX thread. */
    void openUserGuide() {
        Path folder = StoreLocation.dataFolder().resolve("help");
        viewModel
                .jobs()
                .submit(JobRequest.browse("Opening the user guide", progress -> {
                            viewModel.openWithPlatform(UserGuide.write(folder));
                            return null;
                        })
                        .onFailure(failure -> viewModel.reportError(
                                "Cannot open the user guide. It is the README.md of "
                                        + "Tracelab's sources, which you can read there.",
                                failure)));
    }

    /** Help › Open log folder. */
    void openLogFolder() {
        Path folder = LogFolder.current();
        viewModel
                .jobs()
                .submit(JobRequest.browse("Opening the log folder", progress -> {
                            Files.createDirectories(folder);
                            viewModel.openWithPlatform(folder);
                            return null;
                        })
                        .onFailure(failure -> viewModel.reportError(
                                "Cannot open the log folder " + folder + "; open it by hand.", failure)));
    }

    /** Quits, after asking when a benchmark runs. */
    void quit() {
        if (!viewModel.benchmarks().running().get() || confirmCancelRun()) {
            stage.close();
        }
    }

    /** Opens a window with the word diff of two attempts of a chain; the chain's others can be picked there. */
    private void openDiff(TaskRecord task, List<StoredAttempt> chain, StoredAttempt left, StoredAttempt right) {
        DiffViewModel diff = viewModel.newDiff();
        diff.showChain(task, chain);
        diff.choose(left, right);
        DiffWindow.open(stage, diff);
    }

    /** Opens a window with the word diff of two attempts of any chains; every attempt of those chains can be picked. */
    private void openDiffAcross(List<DiffChain> chains, StoredAttempt left, StoredAttempt right) {
        DiffViewModel diff = viewModel.newDiff();
        diff.showAttempts(chains, left, right);
        DiffWindow.open(stage, diff);
    }

    /** Opens "Compare with…" for an attempt the explorer shows. */
    private void openCompareWith(ChainDetail chain, StoredAttempt attempt) {
        CompareWithDialog.open(stage, viewModel.newCompareWith(chain, attempt));
    }

    /** Asks whether to cancel the running benchmark so the app can close; true to go ahead. */
    private boolean confirmCancelRun() {
        Alert ask = Dialogs.themed(
                new Alert(
                        Alert.AlertType.CONFIRMATION,
                        "The run is cancelled and can be resumed "
                                + "later from Runs › Resume; chains in progress are redone then.",
                        ButtonType.YES,
                        ButtonType.NO),
                stage);
        ask.setHeaderText("A benchmark is running. Cancel it and quit?");
        ask.getDialogPane().setId("confirmCancelRunDialog");
        return ask.showAndWait().filter(ButtonType.YES::equals).isPresent();
    }

    /** Puts back each split pane's remembered dividers and remembers where the person moves them. */
    private void rememberDividers() {
        for (Node node : scene.getRoot().lookupAll(".split-pane")) {
            if (node instanceof SplitPane split && split.getId() != null) {
                List<Double> saved = viewModel.settings().get().dividers().get(split.getId());
                if (saved != null && saved.size() == split.getDividers().size()) {
                    split.setDividerPositions(
                            saved.stream().mapToDouble(Double::doubleValue).toArray());
                }
                split.getDividers()
                        .forEach(divider -> divider.positionProperty().addListener((obs, old, now) -> {
                            List<Double> positions = new ArrayList<>();
                            split.getDividers()
                                    .forEach(d -> positions.add(Math.round(d.getPosition() * 1000) / 1000.0));
                            viewModel.rememberDividers(split.getId(), positions);
                        }));
            }
        }
    }

    private static void showSection(Map<Section, Node> views, Section section) {
        views.forEach((key, view) -> view.setVisible(key == section));
    }

    private VBox navigation() {
        ToggleGroup group = new ToggleGroup();
        VBox rail = new VBox();
        rail.getStyleClass().add(Styles.NAV_BAR);
        rail.setMinWidth(Region.USE_PREF_SIZE);
        Map<Section, ToggleButton> buttons = new EnumMap<>(Section.class);
        for (Section section : Section.values()) {
            ToggleButton button = new ToggleButton(section.title());
            button.setId("nav" + section.title());
            button.getStyleClass().add(Styles.NAV_BUTTON);
            button.setToggleGroup(group);
            button.setMaxWidth(Double.MAX_VALUE);
            button.setOnAction(event -> viewModel.show(section));
            buttons.put(section, button);
            rail.getChildren().add(button);
        }
        buttons.get(viewModel.section().get()).setSelected(true);
        viewModel
                .section()
                .addListener((obs, old, section) -> buttons.get(section).setSelected(true));
        // A selected section stays selected when clicked again.
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null && old != null) {
                old.setSelected(true);
            }
        });
        return rail;
    }

    private HBox statusBar(JobsView jobs) {
        Label store = new Label();
        store.setId("storePathLabel");
        store.textProperty().bind(viewModel.session().status());
        HBox.setHgrow(store, Priority.SOMETIMES);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(store, spacer, jobs);
        bar.getStyleClass().add(Styles.STATUS_BAR);
        bar.setId("statusBar");
        return bar;
    }

    /** A run's context menu and keys, on this window. */
    private final class ShellRunActions implements RunActions {

        @Override
        public void showResults(long runId) {
            viewModel.showResults(runId);
        }

        @Override
        public void explore(long runId) {
            viewModel.showExplorer(runId);
        }

        @Override
        public void pairs(long runId) {
            viewModel.showPairs(runId);
        }

        @Override
        public void export(long runId) {
            showExport(viewModel.newExportOf(runId));
        }

        @Override
        public void rename(RunRow run) {
            RunDialogs.newName(RunDialogs.rename(stage, run), run)
                    .ifPresent(name -> viewModel.runs().rename(run.id(), name));
        }

        @Override
        public void notes(RunRow run) {
            RunDialogs.notes(stage, run)
                    .showAndWait()
                    .ifPresent(text -> viewModel.runs().setNotes(run.id(), text));
        }

        @Override
        public void delete(RunRow run) {
            if (viewModel.benchmarks().isLive(run.id())) {
                viewModel.reportError(
                        "Run #" + run.id() + " is being written by the running benchmark: cancel the "
                                + "benchmark first, then delete the run.",
                        null);
                return;
            }
            viewModel
                    .runs()
                    .size(
                            run.id(),
                            size -> RunDialogs.confirmDelete(stage, run, size)
                                    .showAndWait()
                                    .filter(RunDialogs.DELETE::equals)
                                    .ifPresent(yes -> viewModel.runs().delete(run.id())));
        }
    }
}
