package org.tracelab.app.ui.shell;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.tracelab.app.ui.FileChooserService;
import org.tracelab.app.ui.Styles;
import org.tracelab.app.ui.Theme;
import org.tracelab.app.ui.benchmark.BenchmarkDialog;
import org.tracelab.app.ui.benchmark.BenchmarkViewModel;
import org.tracelab.app.ui.compose.ComposeDialog;
import org.tracelab.app.ui.diff.DiffViewModel;
import org.tracelab.app.ui.diff.DiffWindow;
import org.tracelab.app.ui.explorer.ExplorerView;
import org.tracelab.app.ui.export.ExportDialog;
import org.tracelab.app.ui.export.ExportViewModel;
import org.tracelab.app.ui.importing.ImportDialog;
import org.tracelab.app.ui.jobs.JobsView;
import org.tracelab.app.ui.pairs.PairsView;
import org.tracelab.app.ui.results.ResultsView;
import org.tracelab.app.ui.runs.RunsView;
import org.tracelab.app.ui.settings.WindowBounds;
import org.tracelab.core.trace.TaskRecord;
import org.tracelab.storage.StoredAttempt;

/** The main window: menu, navigation rail, the sections, and a status bar with the store and running jobs. */
public final class MainWindow {

    private static final double DEFAULT_WIDTH = 1200;
    private static final double DEFAULT_HEIGHT = 780;

    private final Stage stage;
    private final MainViewModel viewModel;
    private final FileChooserService choosers;
    private final Scene scene;

    /** @param jobs the status bar's list of running jobs */
    public MainWindow(Stage stage, MainViewModel viewModel, FileChooserService choosers, JobsView jobs) {
        this.stage = stage;
        this.viewModel = viewModel;
        this.choosers = choosers;

        Map<Section, Node> views = new EnumMap<>(Section.class);
        views.put(Section.RUNS, new RunsView(viewModel.runs(),
                new RunsView.Actions(this::openImport, viewModel::showResults, this::openBenchmark,
                        this::openResume, viewModel.benchmarks().running(), viewModel.benchmarks()::isLive,
                        () -> viewModel.samples().open())));
        views.put(Section.RESULTS, new ResultsView(viewModel.results()));
        views.put(Section.EXPLORER, new ExplorerView(viewModel.explorer()));
        views.put(Section.PAIRS, new PairsView(viewModel.pairs(), this::openExport));
        viewModel.showDiffsWith(this::openDiff);
        StackPane content = new StackPane();
        content.setId("content");
        views.values().forEach(view -> {
            content.getChildren().add(view);
            view.setVisible(false);
        });
        showSection(views, viewModel.section().get());
        viewModel.section().addListener((obs, old, section) -> showSection(views, section));

        BorderPane root = new BorderPane(content);
        root.setTop(menuBar());
        root.setLeft(navigation());
        root.setBottom(statusBar(jobs));
        root.setId("mainWindow");

        WindowBounds bounds = viewModel.settings().get().window();
        boolean onScreen = bounds != null && !Screen.getScreensForRectangle(
                new Rectangle2D(bounds.x(), bounds.y(), bounds.width(), bounds.height())).isEmpty();
        scene = new Scene(root, onScreen ? bounds.width() : DEFAULT_WIDTH, onScreen ? bounds.height() : DEFAULT_HEIGHT);
        scene.getStylesheets().setAll(Styles.stylesheets(viewModel.theme().get()));
        viewModel.theme().addListener((obs, old, theme) -> scene.getStylesheets().setAll(Styles.stylesheets(theme)));
        stage.setScene(scene);
        stage.setTitle("Tracelab");
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
        viewModel.session().open(storeFile);
    }

    /** Records the window's bounds for the settings. */
    public void rememberBounds() {
        viewModel.rememberWindow(new WindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(),
                stage.isMaximized()));
    }

    public Scene scene() {
        return scene;
    }

    public void openImport() {
        new ImportDialog(stage, viewModel.newImport(), choosers, viewModel.theme()).show();
    }

    /** Opens the export window; with a run, filled in for that run's curated pairs. */
    public void openExport(Long curatedRunId) {
        ExportViewModel form = viewModel.newExport(curatedRunId);
        new ExportDialog(stage, form, choosers, viewModel.theme()).show();
        form.preview();
    }

    /** Opens the benchmark window; while a run goes, it shows that run. */
    public void openBenchmark() {
        openBenchmark(null);
    }

    /** Opens the benchmark window with {@code taskFile} (when not null) as its task file. */
    public void openBenchmark(Path taskFile) {
        BenchmarkViewModel form = viewModel.newBenchmark();
        BenchmarkDialog dialog = new BenchmarkDialog(stage, form, choosers, viewModel.theme());
        if (taskFile != null && !viewModel.benchmarks().running().get()) {
            form.dataset().dataset().set(taskFile);
        }
        dialog.show();
        form.model().detect();
    }

    /** Opens File › New task set…; a task file it writes can go straight into Run a benchmark…. */
    public ComposeDialog openNewTaskSet() {
        ComposeDialog dialog = new ComposeDialog(stage, viewModel.newTaskSet(this::openBenchmark), choosers,
                viewModel.theme());
        dialog.show();
        return dialog;
    }

    /** Opens the benchmark window filled in to continue run {@code runId}. */
    public void openResume(long runId) {
        viewModel.prepareResume(runId, form -> new BenchmarkDialog(stage, form, choosers, viewModel.theme()).show());
    }

    /** Opens a window with the word diff of two attempts of a chain; the chain's others can be picked there. */
    private void openDiff(TaskRecord task, List<StoredAttempt> chain, StoredAttempt left, StoredAttempt right) {
        DiffViewModel diff = viewModel.newDiff();
        diff.showChain(task, chain);
        diff.choose(left, right);
        DiffWindow.open(stage, diff);
    }

    /** Asks whether to cancel the running benchmark so the app can close; true to go ahead. */
    private boolean confirmCancelRun() {
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, "The run is cancelled and can be resumed later from "
                + "Runs › Resume; chains in progress are redone then.", ButtonType.YES, ButtonType.NO);
        ask.setTitle("Tracelab");
        ask.setHeaderText("A benchmark is running. Cancel it and quit?");
        ask.initOwner(stage);
        ask.getDialogPane().setId("confirmCancelRunDialog");
        return ask.showAndWait().filter(ButtonType.YES::equals).isPresent();
    }

    private static void showSection(Map<Section, Node> views, Section section) {
        views.forEach((key, view) -> view.setVisible(key == section));
    }

    private MenuBar menuBar() {
        MenuItem openStore = new MenuItem("Open or create store…");
        openStore.setId("openStoreMenuItem");
        openStore.setAccelerator(KeyCombination.keyCombination("Shortcut+O"));
        openStore.disableProperty().bind(viewModel.jobs().busy());
        openStore.setOnAction(event -> choosers.chooseStore(stage, viewModel.session().storeFile().get())
                .ifPresent(viewModel::openStore));
        MenuItem importTraces = new MenuItem("Import traces…");
        importTraces.setId("importMenuItem");
        importTraces.setAccelerator(KeyCombination.keyCombination("Shortcut+I"));
        importTraces.setOnAction(event -> openImport());
        MenuItem benchmark = new MenuItem("Run a benchmark…");
        benchmark.setId("benchmarkMenuItem");
        benchmark.setAccelerator(KeyCombination.keyCombination("Shortcut+B"));
        benchmark.setOnAction(event -> openBenchmark());
        MenuItem newTaskSet = new MenuItem("New task set…");
        newTaskSet.setId("newTaskSetMenuItem");
        newTaskSet.setAccelerator(KeyCombination.keyCombination("Shortcut+N"));
        newTaskSet.setOnAction(event -> openNewTaskSet());
        MenuItem export = new MenuItem("Export dataset…");
        export.setId("exportMenuItem");
        export.setAccelerator(KeyCombination.keyCombination("Shortcut+E"));
        export.setOnAction(event -> openExport(null));
        MenuItem quit = new MenuItem("Quit");
        quit.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
        quit.setOnAction(event -> {
            if (!viewModel.benchmarks().running().get() || confirmCancelRun()) {
                stage.close();
            }
        });
        Menu file = new Menu("File", null, openStore, importTraces, newTaskSet, benchmark, export,
                new SeparatorMenuItem(), quit);

        Menu view = new Menu("View");
        int key = 1;
        for (Section section : Section.values()) {
            MenuItem item = new MenuItem(section.title());
            item.setAccelerator(KeyCombination.keyCombination("Shortcut+" + key++));
            item.setOnAction(event -> viewModel.show(section));
            view.getItems().add(item);
        }
        CheckMenuItem dark = new CheckMenuItem("Dark theme");
        dark.setId("darkThemeMenuItem");
        dark.setSelected(viewModel.theme().get() == Theme.DARK);
        viewModel.theme().addListener((obs, old, theme) -> dark.setSelected(theme == Theme.DARK));
        dark.setOnAction(event -> viewModel.setTheme(dark.isSelected() ? Theme.DARK : Theme.LIGHT));
        view.getItems().addAll(new SeparatorMenuItem(), dark);

        MenuItem samples = new MenuItem("Open the illustrative sample store");
        samples.setId("openSamplesMenuItem");
        samples.disableProperty().bind(viewModel.jobs().busy());
        samples.setOnAction(event -> viewModel.samples().open());
        Menu help = new Menu("Help", null, samples);
        help.setId("helpMenu");

        MenuBar bar = new MenuBar(file, view, help);
        bar.setId("menuBar");
        return bar;
    }

    private VBox navigation() {
        ToggleGroup group = new ToggleGroup();
        VBox rail = new VBox();
        rail.getStyleClass().add(Styles.NAV_BAR);
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
        viewModel.section().addListener((obs, old, section) -> buttons.get(section).setSelected(true));
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
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(store, spacer, jobs);
        bar.getStyleClass().add(Styles.STATUS_BAR);
        bar.setId("statusBar");
        return bar;
    }
}
