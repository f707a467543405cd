package org.tracelab.app.ui.importing;

import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.tracelab.app.ui.FileChooserService;
import org.tracelab.app.ui.FormControls;
import org.tracelab.core.importing.ImportFormat;

/** The rows of the import form's two sections, each bound to its section's view model. */
final class ImportSectionViews {

    private ImportSectionViews() {}

    /** Format and files. */
    static GridPane files(ImportFilesSection section, FileChooserService choosers, Window owner) {
        ComboBox<ImportFormat> format = new ComboBox<>();
        format.setId("formatChoice");
        format.getItems().setAll(ImportFormat.values());
        format.valueProperty().bindBidirectional(section.format());
        format.setConverter(FormControls.converter(ImportSectionViews::describe));
        format.setMaxWidth(Double.MAX_VALUE);

        ListView<Path> files = new ListView<>(section.files());
        files.setId("importFileList");
        files.setPrefHeight(96);
        files.setPlaceholder(new Label("No files yet: Add files…"));
        Button addFiles = new Button("Add files…");
        addFiles.setId("addFilesButton");
        addFiles.setOnAction(
                event -> choosers.chooseFiles(owner, "Files to import").forEach(section::add));
        Button removeFile = new Button("Remove");
        removeFile.setId("removeFileButton");
        removeFile
                .disableProperty()
                .bind(files.getSelectionModel().selectedItemProperty().isNull());
        removeFile.setOnAction(
                event -> section.files().remove(files.getSelectionModel().getSelectedItem()));

        GridPane form = FormControls.section("importFilesSection");
        form.addRow(0, new Label("Format"), format);
        form.addRow(1, new Label("Files"), files, new VBox(6, addFiles, removeFile));
        return form;
    }

    /** Prompts file and NLTK folder. */
    static GridPane verifier(ImportVerifierSection section, FileChooserService choosers, Window owner) {
        TextField prompts =
                FormControls.pathField("promptsField", section.prompts(), "IFEval prompts (input_data.jsonl)");
        Button choosePrompts = new Button("Choose…");
        choosePrompts.setId("choosePromptsButton");
        choosePrompts.setOnAction(
                event -> choosers.chooseFile(owner, "IFEval prompts file").ifPresent(section.prompts()::set));
        Label promptsLabel = new Label();
        promptsLabel
                .textProperty()
                .bind(Bindings.when(section.promptsRequired())
                        .then("Prompts file")
                        .otherwise("Prompts file (not used)"));
        prompts.disableProperty().bind(section.promptsRequired().not());
        choosePrompts.disableProperty().bind(prompts.disableProperty());

        TextField nltk =
                FormControls.pathField("nltkField", section.nltkData(), "default: $NLTK_DATA, then ~/nltk_data");
        Button chooseNltk = new Button("Choose…");
        chooseNltk.setId("chooseNltkButton");
        chooseNltk.setOnAction(
                event -> choosers.chooseFolder(owner, "NLTK data folder").ifPresent(section.nltkData()::set));
        Button clearNltk = new Button("Clear");
        clearNltk.setId("clearNltkButton");
        clearNltk.setOnAction(event -> section.nltkData().set(null));

        GridPane form = FormControls.section("importVerifierSection");
        form.addRow(0, promptsLabel, prompts, choosePrompts);
        form.addRow(1, new Label("NLTK data (optional)"), nltk, new HBox(6, chooseNltk, clearNltk));
        return form;
    }

    static String describe(ImportFormat format) {
        return switch (format) {
            case WASMAGENT -> "WasmAgent runs (runs.jsonl)";
            case IFEVAL_RESPONSES -> "IFEval responses ({\"prompt\", \"response\"} lines)";
            case LM_EVAL -> "lm-eval samples (samples_ifeval_*.jsonl)";
            case RECORDS -> "Tracelab records (ComplianceEvalRecord JSONL)";
        };
    }
}
