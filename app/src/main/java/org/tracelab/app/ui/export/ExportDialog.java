package org.tracelab.app.ui.export;

import java.nio.file.Path;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.GridPane;
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

/** The export window: lays out and binds an {@link ExportViewModel}; it decides nothing itself. */
public final class ExportDialog {

    private final Stage stage = new Stage();

    public ExportDialog(
            Window owner, ExportViewModel viewModel, FileChooserService choosers, ObservableValue<Theme> theme) {
        GridPane what = ExportSectionViews.selection(viewModel.selection());
        GridPane where = ExportSectionViews.destination(viewModel.destination(), choosers, stage);

        Label validation = FormControls.validation("exportValidation", viewModel.validationMessages());

        Label previewSummary = new Label();
        previewSummary.setId("previewSummary");
        previewSummary.setWrapText(true);
        previewSummary.setMinHeight(Region.USE_PREF_SIZE);
        previewSummary.textProperty().bind(viewModel.previewSummary());
        Label previewOrigins = FormControls.wrapping("previewOrigins", viewModel.previewOrigins());
        previewOrigins.getStyleClass().add(Styles.MUTED);
        previewOrigins.managedProperty().bind(viewModel.previewOrigins().isNotEmpty());
        previewOrigins.visibleProperty().bind(viewModel.previewOrigins().isNotEmpty());
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

        VBox root = new VBox(
                10,
                what,
                where,
                validation,
                new Label("Preview"),
                previewSummary,
                previewOrigins,
                preview,
                new HBox(8, progress, message),
                summary,
                written,
                buttons);
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
}
