package org.tracelab.app.ui.compose;

import java.util.List;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeTableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.tracelab.app.service.report.InstructionLabel;
import org.tracelab.app.ui.FileChooserService;
import org.tracelab.app.ui.FormControls;
import org.tracelab.app.ui.Styles;
import org.tracelab.app.ui.Theme;

/**
 * The "New task set" window: pool, task file and draw settings with the preview of the first tasks on the left,
 * the checklist of constraint types on the right, Compose's progress and outcome below. Lays out and binds a
 * {@link ComposeViewModel}; it decides nothing itself.
 */
public final class ComposeDialog {

    private static final double WIDTH = 1180;
    private static final double HEIGHT = 760;
    private static final double FORM_WIDTH = 520;

    private final Stage stage = new Stage();
    private final ComposeViewModel viewModel;
    private final Button choosePool = new Button("Choose…");

    public ComposeDialog(
            Window owner, ComposeViewModel viewModel, FileChooserService choosers, ObservableValue<Theme> theme) {
        this.viewModel = viewModel;
        Label validation = FormControls.validation("composeValidation", viewModel.validationMessages());
        VBox form = new VBox(
                10, files(viewModel.files(), choosers), draw(viewModel.draw()), validation, preview(viewModel));
        form.setPadding(new Insets(0, 12, 0, 0));
        ScrollPane formColumn = new ScrollPane(form);
        formColumn.setId("composeForm");
        formColumn.setFitToWidth(true);
        formColumn.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        formColumn.setPrefWidth(FORM_WIDTH);
        formColumn.setMinWidth(FORM_WIDTH);

        VBox checklist = checklist(viewModel.constraints());
        HBox.setHgrow(checklist, Priority.ALWAYS);
        HBox columns = new HBox(16, formColumn, checklist);
        VBox.setVgrow(columns, Priority.ALWAYS);

        VBox root = new VBox(10, columns, progress(viewModel), buttons(viewModel));
        root.setPadding(new Insets(16));
        root.setId("composeDialog");

        Scene scene = new Scene(root, WIDTH, HEIGHT);
        scene.getStylesheets().setAll(Styles.stylesheets(theme.getValue()));
        theme.addListener((obs, old, now) -> scene.getStylesheets().setAll(Styles.stylesheets(now)));
        stage.setScene(scene);
        stage.setTitle("New task set");
        stage.initOwner(owner);
        stage.setOnCloseRequest(event -> viewModel.cancel());
    }

    public void show() {
        stage.show();
        choosePool.requestFocus(); // not the pool's field, which would show its path selected
    }

    public Stage stage() {
        return stage;
    }

    public ComposeViewModel viewModel() {
        return viewModel;
    }

    private GridPane files(PoolSection files, FileChooserService choosers) {
        TextField pool = FormControls.pathField("poolField", files.pool(), "base prompts: .txt or .jsonl");
        choosePool.setId("choosePoolButton");
        choosePool.setOnAction(event -> choosers.chooseFile(stage, "Pool of base prompts", List.of("txt", "jsonl"))
                .ifPresent(files.pool()::set));
        Label summary = FormControls.wrapping("poolSummary", files.poolSummary());
        summary.getStyleClass().add(Styles.MUTED);
        TextField out = FormControls.pathField("taskFileField", files.out(), "the task file to write (.jsonl)");
        Button chooseOut = new Button("Choose…");
        chooseOut.setId("chooseTaskFileButton");
        chooseOut.setOnAction(event -> choosers.chooseSaveFile(
                        stage,
                        "Task file to write",
                        files.out().get() != null
                                ? files.out().get()
                                : files.suggestedOut().orElse(null))
                .ifPresent(files.out()::set));

        GridPane grid = FormControls.section("composeFilesSection");
        grid.addRow(0, new Label("Pool of prompts"), pool, choosePool);
        grid.add(summary, 1, 1, 2, 1);
        grid.addRow(2, new Label("Task file"), out, chooseOut);
        return grid;
    }

    private static GridPane draw(DrawSection draw) {
        GridPane grid = FormControls.section("composeDrawSection");
        grid.addRow(
                0,
                new Label("Constraints per task"),
                FormControls.field("perTaskField", draw.perTask(), "2"),
                FormControls.hint("1 to 5"));
        grid.addRow(
                1,
                new Label("Seed"),
                FormControls.field("composeSeedField", draw.seed(), "42"),
                FormControls.hint("same inputs and seed, same file"));
        grid.addRow(
                2,
                new Label("Max tokens"),
                FormControls.field("composeMaxTokensField", draw.maxTokens(), "1280"),
                FormControls.hint("the answers' token limit"));
        Label note = FormControls.hint("Each prompt becomes one task: constraints drawn from the types allowed on "
                + "the right, never two that conflict, redrawn when no answer could pass within max tokens; their "
                + "descriptions are appended to the prompt.");
        grid.add(note, 1, 3, 2, 1);
        return grid;
    }

    private static VBox preview(ComposeViewModel viewModel) {
        Label title = new Label("Preview");
        title.getStyleClass().add(Styles.RUN_RESULT_TITLE);
        Label status = FormControls.wrapping("previewStatus", viewModel.previewStatus());
        status.getStyleClass().add(Styles.MUTED);
        VBox tasks = new VBox(8);
        tasks.setId("composePreview");
        Runnable show = () -> tasks.getChildren()
                .setAll(viewModel.preview().stream().map(ComposeDialog::task).toList());
        viewModel.preview().addListener((ListChangeListener<TaskPreview>) change -> show.run());
        show.run();
        return new VBox(6, title, status, tasks);
    }

    private static VBox task(TaskPreview task) {
        Label title = new Label(task.key() + " · " + task.constraintNames());
        title.getStyleClass().add(Styles.PREVIEW_TASK_TITLE);
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        Label ids = new Label(String.join(
                ", ", task.constraints().stream().map(InstructionLabel::id).toList()));
        ids.getStyleClass().add(Styles.MUTED);
        ids.setWrapText(true);
        ids.setMinHeight(Region.USE_PREF_SIZE);
        Label prompt = new Label(task.prompt());
        prompt.setWrapText(true);
        prompt.setMinHeight(Region.USE_PREF_SIZE);
        VBox box = new VBox(4, title, ids, prompt);
        box.getStyleClass().add(Styles.PREVIEW_TASK);
        return box;
    }

    private static VBox checklist(ConstraintChoicesSection constraints) {
        Label title = new Label("Constraint types");
        title.getStyleClass().add(Styles.RUN_RESULT_TITLE);
        TextField search = FormControls.field(
                "constraintSearchField", constraints.search(), "Search by name or id, e.g. comma or keywords:");
        TreeTableView<ConstraintChecklist.Row> table = ConstraintChecklist.of(constraints);
        VBox.setVgrow(table, Priority.ALWAYS);
        Label legend = FormControls.hint("Nothing ticked: every composable type is drawn from. Use only: draw only "
                + "from these (--ids). Never: exclude these (--exclude-ids). Hold out: keep out of every task and "
                + "record them, for a clean evaluation on them (--holdout-ids). " + constraints.drawable());
        legend.setMinHeight(Region.USE_PREF_SIZE);
        Button clear = new Button("Clear ticks");
        clear.setId("clearTicksButton");
        clear.setOnAction(event -> constraints.clear());
        HBox bar = new HBox(8, search, clear);
        HBox.setHgrow(search, Priority.ALWAYS);
        return new VBox(8, title, bar, table, legend);
    }

    private static VBox progress(ComposeViewModel viewModel) {
        ProgressBar bar = new ProgressBar();
        bar.setId("composeProgress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(viewModel.progress());
        HBox.setHgrow(bar, Priority.ALWAYS);
        Label message = new Label();
        message.setId("composeMessage");
        message.textProperty().bind(viewModel.message());
        Button cancel = new Button("Cancel");
        cancel.setId("cancelComposeButton");
        cancel.setOnAction(event -> viewModel.cancel());
        HBox running = new HBox(8, bar, message, cancel);
        running.visibleProperty().bind(viewModel.running());
        running.managedProperty().bind(viewModel.running());
        Label summary = FormControls.wrapping("composeSummary", viewModel.summary());
        summary.managedProperty().bind(viewModel.summary().isNotEmpty());
        return new VBox(6, running, summary);
    }

    private HBox buttons(ComposeViewModel viewModel) {
        Button use = new Button("Use in Run a benchmark…");
        use.setId("useTaskSetButton");
        use.disableProperty().bind(viewModel.composedFile().isNull().or(viewModel.running()));
        use.setOnAction(event -> {
            stage.close();
            viewModel.useInBenchmark();
        });
        Button close = new Button("Close");
        close.setId("closeComposeButton");
        close.setCancelButton(true);
        close.setOnAction(event -> {
            viewModel.cancel();
            stage.close();
        });
        Button compose = new Button("Compose");
        compose.setId("composeButton");
        compose.setDefaultButton(true);
        compose.disableProperty().bind(viewModel.canCompose().not());
        compose.setOnAction(event -> viewModel.compose());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        return new HBox(8, use, spacer, close, compose);
    }
}
