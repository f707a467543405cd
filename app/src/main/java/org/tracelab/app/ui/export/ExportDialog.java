package org.tracelab.app.ui.export;

import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.tracelab.app.service.export.ExportService;
import org.tracelab.app.ui.FileChooserService;
import org.tracelab.app.ui.Styles;
import org.tracelab.app.ui.Theme;
import org.tracelab.app.ui.pairs.Choices;
import org.tracelab.core.export.ExportStyle;

/** The export window: lays out and binds an {@link ExportViewModel}; it decides nothing itself. */
public final class ExportDialog {

    private final Stage stage = new Stage();

    public ExportDialog(Window owner, ExportViewModel viewModel, FileChooserService choosers,
            ObservableValue<Theme> theme) {
        GridPane form = new GridPane();
        form.getStyleClass().add(Styles.FORM);
        form.getColumnConstraints().addAll(new ColumnConstraints(), grow(), new ColumnConstraints());
        form.addRow(0, new Label("Run"), Choices.runs("exportRunChoice", "All runs", viewModel.runs(), viewModel.runId()));
        form.addRow(1, new Label("Kind"), Choices.of("exportKindChoice", null,
                FXCollections.observableArrayList(ExportService.Kind.values()), ExportDialog::describe,
                viewModel.kind()));
        form.addRow(2, new Label("Style"), Choices.of("exportStyleChoice", null,
                FXCollections.observableArrayList(ExportStyle.values()), ExportDialog::describe, viewModel.style()));
        TextField fraction = new TextField();
        fraction.setId("testFractionField");
        fraction.textProperty().bindBidirectional(viewModel.testFraction());
        form.addRow(3, new Label("Test fraction"), fraction, hint("share of tasks held out"));
        CheckBox flagged = new CheckBox("Include flagged rejected / negative texts (never a gamed, refused or "
                + "truncated chosen one)");
        flagged.setId("includeFlaggedCheck");
        flagged.selectedProperty().bindBidirectional(viewModel.includeFlagged());
        form.add(flagged, 1, 4, 2, 1);

        ToggleGroup curation = new ToggleGroup();
        RadioButton onlyCurated = new RadioButton("Only curated: pairs (DPO) or chains (SFT, KTO) you included");
        onlyCurated.setId("onlyCuratedRadio");
        onlyCurated.setToggleGroup(curation);
        RadioButton all = new RadioButton("All candidates");
        all.setId("allCandidatesRadio");
        all.setToggleGroup(curation);
        onlyCurated.setSelected(viewModel.onlyCurated().get());
        all.setSelected(!viewModel.onlyCurated().get());
        viewModel.onlyCurated().addListener((obs, old, only) -> (only ? onlyCurated : all).setSelected(true));
        curation.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now != null) {
                viewModel.onlyCurated().set(now == onlyCurated);
            }
        });
        Label never = hint("Pairs and chains you excluded are never exported, in either mode.");
        never.setId("excludedNeverExportedNote");
        form.add(new VBox(4, onlyCurated, all, never), 1, 5, 2, 1);

        TextField folder = new TextField();
        folder.setId("exportFolderField");
        folder.setEditable(false);
        folder.setPromptText("the folder for the files");
        folder.textProperty().bind(Bindings.createStringBinding(
                () -> viewModel.folder().get() == null ? "" : viewModel.folder().get().toString(), viewModel.folder()));
        Button chooseFolder = new Button("Choose…");
        chooseFolder.setId("chooseExportFolderButton");
        chooseFolder.setOnAction(event -> choosers.chooseFolder(stage, "Folder to export into")
                .ifPresent(viewModel.folder()::set));
        form.addRow(6, new Label("Folder"), folder, chooseFolder);
        TextField name = new TextField();
        name.setId("exportFileNameField");
        name.textProperty().bindBidirectional(viewModel.fileName());
        form.addRow(7, new Label("File name"), name, hint("+ .test.jsonl, .manifest.json, README.md"));

        Label validation = new Label();
        validation.setId("exportValidation");
        validation.getStyleClass().add(Styles.VALIDATION_ERRORS);
        validation.setWrapText(true);
        validation.setMinHeight(Region.USE_PREF_SIZE);
        validation.textProperty().bind(Bindings.createStringBinding(
                () -> String.join("\n", viewModel.validationMessages()), viewModel.validationMessages()));

        Label previewSummary = new Label();
        previewSummary.setId("previewSummary");
        previewSummary.setWrapText(true);
        previewSummary.setMinHeight(Region.USE_PREF_SIZE);
        previewSummary.textProperty().bind(viewModel.previewSummary());
        ListView<String> preview = new ListView<>(viewModel.previewLines());
        preview.setId("previewLines");
        preview.setPrefHeight(110);
        preview.setPlaceholder(new Label("The first lines of the training file show here."));

        ProgressBar progress = new ProgressBar();
        progress.setId("exportProgress");
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.progressProperty().bind(viewModel.progress());
        progress.visibleProperty().bind(viewModel.running());
        HBox.setHgrow(progress, Priority.ALWAYS);
        Label message = new Label();
        message.setId("exportMessage");
        message.textProperty().bind(viewModel.message());
        message.visibleProperty().bind(viewModel.running());

        Label summary = new Label();
        summary.setId("exportSummary");
        summary.setWrapText(true);
        summary.setMinHeight(Region.USE_PREF_SIZE);
        summary.textProperty().bind(viewModel.summary());
        ListView<Path> written = new ListView<>(viewModel.writtenFiles());
        written.setId("writtenFiles");
        written.setPrefHeight(90);
        written.setPlaceholder(new Label("The written files show here."));

        Button openFolder = new Button("Open folder");
        openFolder.setId("openFolderButton");
        openFolder.disableProperty().bind(viewModel.canOpenFolder().not());
        openFolder.setOnAction(event -> viewModel.openFolder());
        Button cancel = new Button("Cancel export");
        cancel.setId("cancelExportButton");
        cancel.visibleProperty().bind(viewModel.running());
        cancel.setOnAction(event -> viewModel.cancel());
        Button close = new Button("Close");
        close.setId("closeExportButton");
        close.setCancelButton(true);
        close.disableProperty().bind(viewModel.running());
        close.setOnAction(event -> stage.close());
        Button export = new Button("Export");
        export.setId("exportButton");
        export.setDefaultButton(true);
        export.disableProperty().bind(viewModel.canExport().not());
        export.setOnAction(event -> viewModel.export());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, cancel, openFolder, spacer, close, export);

        VBox root = new VBox(10, form, validation, new Label("Preview"), previewSummary, preview,
                new HBox(8, progress, message), summary, written, buttons);
        root.setPadding(new Insets(16));
        root.setId("exportDialog");

        Scene scene = new Scene(root, 760, 720);
        scene.getStylesheets().setAll(Styles.stylesheets(theme.getValue()));
        theme.addListener((obs, old, now) -> scene.getStylesheets().setAll(Styles.stylesheets(now)));
        stage.setScene(scene);
        stage.setTitle("Export dataset");
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setOnCloseRequest(event -> {
            if (viewModel.running().get()) {
                event.consume(); // Cancel export first, so no half-finished job outlives the window
            }
        });
    }

    public void show() {
        stage.show();
    }

    public Stage stage() {
        return stage;
    }

    private static String describe(ExportService.Kind kind) {
        return switch (kind) {
            case DPO -> "DPO: chosen vs rejected pairs";
            case SFT -> "SFT: passing answers as demonstrations";
            case KTO -> "KTO: answers labelled pass / fail";
        };
    }

    private static String describe(ExportStyle style) {
        return switch (style) {
            case CONVERSATIONAL -> "Conversational (message lists)";
            case STANDARD -> "Standard (plain strings)";
        };
    }

    private static Label hint(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add(Styles.MUTED);
        return label;
    }

    private static ColumnConstraints grow() {
        ColumnConstraints column = new ColumnConstraints();
        column.setHgrow(Priority.ALWAYS);
        return column;
    }
}
