package org.tracelab.app.ui.importing;

import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.tracelab.app.ui.FileChooserService;
import org.tracelab.app.ui.Styles;
import org.tracelab.app.ui.Theme;
import org.tracelab.core.importing.ImportFormat;

/** The import window: lays out and binds an {@link ImportViewModel}; it decides nothing itself. */
public final class ImportDialog {

    private final Stage stage = new Stage();

    public ImportDialog(Window owner, ImportViewModel viewModel, FileChooserService choosers,
            ObservableValue<Theme> theme) {
        ComboBox<ImportFormat> format = new ComboBox<>();
        format.setId("formatChoice");
        format.getItems().setAll(ImportFormat.values());
        format.valueProperty().bindBidirectional(viewModel.format());
        format.setConverter(new StringConverter<>() {
            @Override
            public String toString(ImportFormat value) {
                return value == null ? "" : describe(value);
            }

            @Override
            public ImportFormat fromString(String text) {
                return null;
            }
        });
        format.setMaxWidth(Double.MAX_VALUE);

        ListView<Path> files = new ListView<>(viewModel.files());
        files.setId("importFileList");
        files.setPrefHeight(96);
        files.setPlaceholder(new Label("No files yet: Add files…"));
        Button addFiles = new Button("Add files…");
        addFiles.setId("addFilesButton");
        addFiles.setOnAction(event -> choosers.chooseFiles(stage, "Files to import").forEach(file -> {
            if (!viewModel.files().contains(file)) {
                viewModel.files().add(file);
            }
        }));
        Button removeFile = new Button("Remove");
        removeFile.setId("removeFileButton");
        removeFile.disableProperty().bind(files.getSelectionModel().selectedItemProperty().isNull());
        removeFile.setOnAction(event -> viewModel.files().remove(files.getSelectionModel().getSelectedItem()));
        VBox fileButtons = new VBox(6, addFiles, removeFile);

        TextField prompts = pathField("promptsField", viewModel.prompts(), "IFEval prompts (input_data.jsonl)");
        Button choosePrompts = new Button("Choose…");
        choosePrompts.setId("choosePromptsButton");
        choosePrompts.setOnAction(event -> choosers.chooseFile(stage, "IFEval prompts file")
                .ifPresent(viewModel.prompts()::set));
        Label promptsLabel = new Label();
        promptsLabel.textProperty().bind(Bindings.createStringBinding(
                () -> viewModel.promptsRequired() ? "Prompts file" : "Prompts file (not used)", viewModel.format()));
        prompts.disableProperty().bind(Bindings.createBooleanBinding(() -> !viewModel.promptsRequired(),
                viewModel.format()));
        choosePrompts.disableProperty().bind(prompts.disableProperty());

        TextField nltk = pathField("nltkField", viewModel.nltkData(), "default: $NLTK_DATA, then ~/nltk_data");
        Button chooseNltk = new Button("Choose…");
        chooseNltk.setId("chooseNltkButton");
        chooseNltk.setOnAction(event -> choosers.chooseFolder(stage, "NLTK data folder")
                .ifPresent(viewModel.nltkData()::set));
        Button clearNltk = new Button("Clear");
        clearNltk.setId("clearNltkButton");
        clearNltk.setOnAction(event -> viewModel.nltkData().set(null));

        GridPane form = new GridPane();
        form.getStyleClass().add(Styles.FORM);
        form.getColumnConstraints().addAll(new ColumnConstraints(), grow(), new ColumnConstraints());
        form.addRow(0, new Label("Format"), format);
        form.addRow(1, new Label("Files"), files, fileButtons);
        form.addRow(2, promptsLabel, prompts, choosePrompts);
        form.addRow(3, new Label("NLTK data (optional)"), nltk, new HBox(6, chooseNltk, clearNltk));

        Label validation = new Label();
        validation.setId("importValidation");
        validation.getStyleClass().add(Styles.VALIDATION_ERRORS);
        validation.setWrapText(true);
        validation.setMinHeight(Region.USE_PREF_SIZE); // every message on its own line, none cut off
        validation.textProperty().bind(Bindings.createStringBinding(
                () -> String.join("\n", viewModel.validationMessages()), viewModel.validationMessages()));

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

        Label summary = new Label();
        summary.setId("importSummary");
        summary.setWrapText(true);
        summary.setMinHeight(Region.USE_PREF_SIZE);
        summary.textProperty().bind(viewModel.summary());

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

        ListView<String> problems = new ListView<>(viewModel.problems());
        problems.setId("importProblems");
        problems.getStyleClass().add(Styles.PROBLEM_LIST);
        problems.setPrefHeight(140);
        problems.setPlaceholder(new Label("No problems."));
        VBox.setVgrow(problems, Priority.ALWAYS);

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
        HBox buttons = new HBox(8, stop, spacer, close, importButton);

        VBox root = new VBox(10, form, validation, new HBox(8, progress, message), summary, outcomes,
                new Label("Problems (FILE:LINE: field: message)"), problems, buttons);
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

    static String describe(ImportFormat format) {
        return switch (format) {
            case WASMAGENT -> "WasmAgent runs (runs.jsonl)";
            case IFEVAL_RESPONSES -> "IFEval responses ({\"prompt\", \"response\"} lines)";
            case LM_EVAL -> "lm-eval samples (samples_ifeval_*.jsonl)";
            case RECORDS -> "Tracelab records (ComplianceEvalRecord JSONL)";
        };
    }

    private static TextField pathField(String id, ObjectProperty<Path> path, String prompt) {
        TextField field = new TextField();
        field.setId(id);
        field.setEditable(false);
        field.setPromptText(prompt);
        field.textProperty().bind(Bindings.createStringBinding(
                () -> path.get() == null ? "" : path.get().toString(), path));
        return field;
    }

    private static ColumnConstraints grow() {
        ColumnConstraints column = new ColumnConstraints();
        column.setHgrow(Priority.ALWAYS);
        return column;
    }
}
