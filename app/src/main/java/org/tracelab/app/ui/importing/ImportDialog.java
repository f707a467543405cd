package org.tracelab.app.ui.importing;

import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
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

    public ImportDialog(
            Window owner, ImportViewModel viewModel, FileChooserService choosers, ObservableValue<Theme> theme) {
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

        VBox root = new VBox(
                10,
                ImportSectionViews.files(viewModel.source(), choosers, stage),
                ImportSectionViews.verifier(viewModel.verification(), choosers, stage),
                validation,
                new HBox(8, progress, message),
                summary,
                outcomes(viewModel),
                new Label("Problems (FILE:LINE: field: message)"),
                problems,
                buttons(viewModel));
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
        viewModel.duplicates().addListener((obs, old, found) -> {
            if (found != null) {
                ButtonType chosen = duplicateWarning(stage, found).showAndWait().orElse(ButtonType.CANCEL);
                viewModel.resolveDuplicates(
                        chosen == IMPORT_AGAIN
                                ? ImportViewModel.DuplicateChoice.IMPORT_AGAIN
                                : chosen == SKIP_THEM
                                        ? ImportViewModel.DuplicateChoice.SKIP_THEM
                                        : ImportViewModel.DuplicateChoice.CANCEL);
            }
        });
    }

    static final ButtonType IMPORT_AGAIN =
            new ButtonType("Import again as new runs", javafx.scene.control.ButtonBar.ButtonData.OTHER);
    static final ButtonType SKIP_THEM =
            new ButtonType("Skip those files", javafx.scene.control.ButtonBar.ButtonData.YES);

    /**
     * The warning before an import would duplicate runs: which files were imported before, as which runs, and the
     * choice to skip them (the default), import them again as new runs, or cancel.
     */
    public static Alert duplicateWarning(javafx.stage.Window owner, ImportViewModel.Duplicates found) {
        Alert alert = org.tracelab.app.ui.Dialogs.themed(
                new Alert(Alert.AlertType.WARNING, "", SKIP_THEM, IMPORT_AGAIN, ButtonType.CANCEL), owner);
        alert.setHeaderText(
                found.earlier().size() == 1
                        ? "This file was imported before."
                        : found.earlier().size() + " of these files were imported before.");
        Label text = new Label("The same bytes in the same format are already in the store:\n" + found.describe()
                + "\n\nImporting again makes a second copy of each run, which counts every chain twice when runs "
                + "are compared or exported together.");
        text.setWrapText(true);
        text.setMinHeight(Region.USE_PREF_SIZE);
        text.setPrefWidth(480);
        alert.getDialogPane().setContent(text);
        alert.getDialogPane().setId("duplicateImportDialog");
        alert.getDialogPane().lookupButton(IMPORT_AGAIN).setId("importAgainButton");
        alert.getDialogPane().lookupButton(SKIP_THEM).setId("skipDuplicatesButton");
        return alert;
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
                    getStyleClass()
                            .add(
                                    outcome instanceof FileOutcome.Imported
                                            ? Styles.OUTCOME_IMPORTED
                                            : Styles.OUTCOME_REJECTED);
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
