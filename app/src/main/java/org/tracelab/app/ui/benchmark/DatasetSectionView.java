package org.tracelab.app.ui.benchmark;

import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanExpression;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.tracelab.app.ui.FileChooserService;
import org.tracelab.app.ui.FormControls;
import org.tracelab.app.ui.Styles;

/**
 * The dataset rows of the benchmark form: the task file (chosen, recent, "Get IFEval" or "Get IFBench"), each
 * download's progress and status, the detected format and the summary.
 */
final class DatasetSectionView {

    private DatasetSectionView() {}

    static GridPane of(
            DatasetSection section, BooleanExpression formLocked, FileChooserService choosers, Window owner) {
        ComboBox<Path> dataset = new ComboBox<>(section.recentDatasets());
        dataset.setId("datasetChoice");
        dataset.setPromptText("Task file (.jsonl): IFEval, IFBench or WasmAgent format");
        dataset.setMaxWidth(Double.MAX_VALUE);
        // The chosen file by its name, so it never truncates; the whole path in the list and in the tooltip.
        dataset.setConverter(FormControls.converter(file -> String.valueOf(file.getFileName())));
        dataset.setCellFactory(list -> new PathCell());
        Tooltip path = new Tooltip();
        path.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> section.dataset().get() == null
                                ? ""
                                : section.dataset().get().toString(),
                        section.dataset()));
        dataset.tooltipProperty()
                .bind(Bindings.when(section.dataset().isNull())
                        .then((Tooltip) null)
                        .otherwise(path));
        dataset.valueProperty().bindBidirectional(section.dataset());
        dataset.disableProperty().bind(formLocked);
        Button chooseDataset = new Button("Choose…");
        chooseDataset.setId("chooseDatasetButton");
        chooseDataset.disableProperty().bind(formLocked);
        chooseDataset.setOnAction(
                event -> choosers.chooseFile(owner, "Task file").ifPresent(section.dataset()::set));
        Label format = FormControls.wrapping("datasetFormat", section.datasetFormat());
        format.managedProperty().bind(section.datasetFormat().isNotEmpty());
        format.visibleProperty().bind(section.datasetFormat().isNotEmpty());
        Label summary = FormControls.wrapping("datasetSummary", section.datasetSummary());

        Button getIfeval = getButton(
                "getIfevalButton",
                "Get IFEval",
                section,
                formLocked,
                "Download the official IFEval prompts from Hugging Face (google/IFEval); kept after the first "
                        + "download");
        getIfeval.setOnAction(event -> section.ifeval().get());
        Button getIfbench = getButton(
                "getIfbenchButton",
                "Get IFBench",
                section,
                formLocked,
                "Download IFBench's 300 test prompts from GitHub (allenai/IFBench); kept after the first download");
        getIfbench.setOnAction(event -> section.ifbench().get());

        // One cell for what may hide, so hidden rows leave no gaps between them.
        VBox details = new VBox(
                6,
                new HBox(6, getIfeval, getIfbench),
                downloadRow("ifeval", section.ifeval()),
                status("ifevalStatus", section.ifeval()),
                downloadRow("ifbench", section.ifbench()),
                status("ifbenchStatus", section.ifbench()),
                format,
                summary);
        GridPane form = FormControls.section("datasetSection");
        form.addRow(0, new Label("Task file"), dataset, chooseDataset);
        form.add(details, 1, 1, 2, 1);
        return form;
    }

    private static Button getButton(
            String id, String text, DatasetSection section, BooleanExpression formLocked, String tooltip) {
        Button button = new Button(text);
        button.setId(id);
        button.disableProperty().bind(section.downloading().or(formLocked));
        button.setTooltip(new Tooltip(tooltip));
        return button;
    }

    /** The download's progress bar and Cancel ({@code <name>Progress}, {@code cancel<Name>Button}), while it runs. */
    private static HBox downloadRow(String name, PromptsDownloadModel download) {
        String capitalised = Character.toUpperCase(name.charAt(0)) + name.substring(1);
        ProgressBar progress = new ProgressBar();
        progress.setId(name + "Progress");
        progress.progressProperty().bind(download.progress());
        progress.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(progress, Priority.ALWAYS);
        Button cancel = new Button("Cancel");
        cancel.setId("cancel" + capitalised + "Button");
        cancel.setOnAction(event -> download.cancel());
        HBox row = new HBox(8, progress, cancel);
        row.setId(name + "DownloadRow");
        row.visibleProperty().bind(download.running());
        row.managedProperty().bind(download.running());
        return row;
    }

    /** A recent task file in the list, by its whole path. */
    private static final class PathCell extends ListCell<Path> {
        @Override
        protected void updateItem(Path file, boolean empty) {
            super.updateItem(file, empty);
            setText(empty || file == null ? null : file.toString());
        }
    }

    private static Label status(String id, PromptsDownloadModel download) {
        Label status = FormControls.wrapping(id, download.status());
        status.getStyleClass().add(Styles.MUTED);
        status.managedProperty().bind(download.status().isNotEmpty());
        status.visibleProperty().bind(download.status().isNotEmpty());
        return status;
    }
}
