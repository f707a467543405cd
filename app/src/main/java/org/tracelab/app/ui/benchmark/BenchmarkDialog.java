package org.tracelab.app.ui.benchmark;

import javafx.beans.binding.BooleanExpression;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.tracelab.app.ui.FileChooserService;
import org.tracelab.app.ui.FormControls;
import org.tracelab.app.ui.Styles;
import org.tracelab.app.ui.Theme;

/**
 * The "Run a benchmark" window: the form's sections on the left (model, dataset, plan, failing server) with their
 * problems, the running job on the right, Cancel/Close/Start below. Lays out and binds a {@link BenchmarkViewModel}; it decides
 * nothing itself. Closing it while a run goes leaves the run going (the status bar shows it).
 */
public final class BenchmarkDialog {

    private final Stage stage = new Stage();

    public BenchmarkDialog(
            Window owner, BenchmarkViewModel viewModel, FileChooserService choosers, ObservableValue<Theme> theme) {
        BenchmarkRuns runs = viewModel.runs();
        BooleanExpression formLocked = runs.running();
        BooleanExpression planLocked = viewModel.planLocked().or(formLocked);

        Label validation = FormControls.validation("benchmarkValidation", viewModel.validationMessages());
        VBox formFields = new VBox(
                10,
                ModelSectionView.of(viewModel.model(), formLocked, planLocked, choosers, stage),
                DatasetSectionView.of(viewModel.dataset(), formLocked, choosers, stage),
                PlanSectionView.of(viewModel.plan(), formLocked, planLocked),
                FaultSectionView.of(
                        viewModel.faults(), formLocked, viewModel.model().useGguf()),
                validation);
        formFields.setPadding(new Insets(0, 12, 0, 0));
        // The form is taller than small screens; it scrolls, the run column and the buttons stay in view.
        ScrollPane formColumn = new ScrollPane(formFields);
        formColumn.setId("benchmarkForm");
        formColumn.setFitToWidth(true);
        formColumn.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        formColumn.setPrefWidth(580);
        formColumn.setMinWidth(580);
        VBox runColumn = RunView.of(runs);
        HBox.setHgrow(runColumn, Priority.ALWAYS);
        HBox columns = new HBox(16, formColumn, runColumn);
        VBox.setVgrow(columns, Priority.ALWAYS);
        VBox root = new VBox(10, columns, buttons(viewModel));
        root.setPadding(new Insets(16));
        root.setId("benchmarkDialog");

        Scene scene = new Scene(root, 1180, 700);
        scene.getStylesheets().setAll(Styles.stylesheets(theme.getValue()));
        theme.addListener((obs, old, now) -> scene.getStylesheets().setAll(Styles.stylesheets(now)));
        stage.setScene(scene);
        stage.setTitle(viewModel.planLocked().get() ? "Resume a benchmark" : "Run a benchmark");
        stage.initOwner(owner);
    }

    public void show() {
        stage.show();
    }

    public Stage stage() {
        return stage;
    }

    private HBox buttons(BenchmarkViewModel viewModel) {
        Button cancel = new Button("Cancel run");
        cancel.setId("cancelBenchmarkButton");
        cancel.visibleProperty().bind(viewModel.runs().running());
        cancel.setOnAction(event -> viewModel.runs().cancel());
        Button close = new Button("Close");
        close.setId("closeBenchmarkButton");
        close.setCancelButton(true);
        close.setOnAction(event -> stage.close());
        Button start = new Button(viewModel.planLocked().get() ? "Resume" : "Start");
        start.setId("startBenchmarkButton");
        start.setDefaultButton(true);
        start.disableProperty().bind(viewModel.canStart().not());
        start.setOnAction(event -> viewModel.start());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        return new HBox(8, cancel, spacer, close, start);
    }
}
