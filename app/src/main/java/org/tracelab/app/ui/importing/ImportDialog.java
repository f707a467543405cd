package org.tracelab.app.ui.importing;

import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.tracelab.app.ui.FileChooserService;
import org.tracelab.app.ui.FormControls;
import org.tracelab.app.ui.Styles;
import org.tracelab.app.ui.Theme;

/** The import window: lays out and binds an {@link ImportViewModel}; it decides nothing itself. */
public final class ImportDialog {

    private final Stage stage = new Stage();

    public ImportDialog(Window owner, ImportViewModel viewModel, FileChooserService choosers,
            ObservableValue<Theme> theme) {
        Label validation = FormControls.validation("importValidation", viewModel.validationMessages());

        ProgressBar progress = new ProgressBar();
        progress.setId("importProgress");
        progress.progressProperty().bind(viewModel.progress());
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.visibleProperty().bind(viewModel.running());
        Label message = new Label();
        message.setId("importMessage");
        message.textProperty().bind(viewModel.message());
        message.visibleProperty().bind(viewModel.running());
        HBox.setHgrow(progress, Priority.ALWAYS);
        Label summary = FormControls.wrapping("importSummary", viewModel.summary());

        ListView<String> problems = new ListView<>(viewModel.problems());
        problems.setId("importProblems");
        problems.getStyleClass().add(Styles.PROBLEM_LIST);
        problems.setPrefHeight(140);
        problems.setPlaceholder(new Label("No problems."));
        VBox.setVgrow(problems, Priority.ALWAYS);

        VBox root = new VBox(10, ImportSectionViews.files(viewModel.source(), choosers, stage),
                ImportSectionViews.verifier(viewModel.verification(), choosers, stage), validation,
                new HBox(8, progress, message), summary, outcomes(viewModel),
                new Label("Problems (FILE:LINE: field: message)"), problems, buttons(viewModel));
        root.setPadding(new Insets(16));
        root.setId("importDialog");

        Scene scene = new Scene(root, 720, 620);
        scene.getStylesheets().setAll(Styles.stylesheets(theme.getValue()));
        theme.addListener((obs, old, now) -> scene.getStylesheets().setAll(Styles.stylesheets(now)));
        stage.setScene(scene);
        stage.setTitle("Import traces");
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setOnCloseRequest(event -> {
            if (viewModel.running().get()) {
                event.consume(); // the transaction of the current file must finish; Stop is the way out
            }
        });
    }

    public void show() {
        stage.show();
    }

    public Stage stage() {
        return stage;
    }

    private static ListView<FileOutcome> outcomes(ImportViewModel viewModel) {
        ListView<FileOutcome> outcomes = new ListView<>(viewModel.outcomes());
        outcomes.setId("importOutcomes");
        outcomes.setPrefHeight(80);
        outcomes.setPlaceholder(new Label("Each file's outcome shows here."));
        outcomes.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(FileOutcome outcome, boolean empty) {
                super.updateItem(outcome, empty);
                getStyleClass().removeAll(Styles.OUTCOME_IMPORTED, Styles.OUTCOME_REJECTED);
                setText(empty || outcome == null ? null : outcome.describe());
                if (!empty && outcome != null) {
                    getStyleClass().add(outcome instanceof FileOutcome.Imported
                            ? Styles.OUTCOME_IMPORTED : Styles.OUTCOME_REJECTED);
                }
            }
        });
        return outcomes;
    }

    private HBox buttons(ImportViewModel viewModel) {
        Button importButton = new Button("Import");
        importButton.setId("importButton");
        importButton.setDefaultButton(true);
        importButton.disableProperty().bind(viewModel.canImport().not());
        importButton.setOnAction(event -> viewModel.startImport());
        Button stop = new Button("Stop after this file");
        stop.setId("stopImportButton");
        stop.visibleProperty().bind(viewModel.running());
        stop.setOnAction(event -> viewModel.stop());
        Button close = new Button("Close");
        close.setId("closeImportButton");
        close.setCancelButton(true);
        close.disableProperty().bind(viewModel.running());
        close.setOnAction(event -> stage.close());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        return new HBox(8, stop, spacer, close, importButton);
    }
}
