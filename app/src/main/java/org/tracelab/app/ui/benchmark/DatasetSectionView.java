package org.tracelab.app.ui.benchmark;

import java.nio.file.Path;
import javafx.beans.binding.BooleanExpression;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.Window;
import org.tracelab.app.ui.FileChooserService;
import org.tracelab.app.ui.FormControls;
import org.tracelab.app.ui.Styles;

/** The dataset rows of the benchmark form: the prompts file (chosen, recent or "Get IFEval") and its summary. */
final class DatasetSectionView {

    private DatasetSectionView() {
    }

    static GridPane of(DatasetSection section, BooleanExpression formLocked, FileChooserService choosers, Window owner) {
        ComboBox<Path> dataset = new ComboBox<>(section.recentDatasets());
        dataset.setId("datasetChoice");
        dataset.setPromptText("IFEval-format prompts (.jsonl)");
        dataset.setMaxWidth(Double.MAX_VALUE);
        dataset.setConverter(FormControls.converter(Path::toString));
        dataset.valueProperty().bindBidirectional(section.dataset());
        dataset.disableProperty().bind(formLocked);
        Button chooseDataset = new Button("Choose…");
        chooseDataset.setId("chooseDatasetButton");
        chooseDataset.disableProperty().bind(formLocked);
        chooseDataset.setOnAction(event -> choosers.chooseFile(owner, "IFEval prompts file")
                .ifPresent(section.dataset()::set));
        Label summary = FormControls.wrapping("datasetSummary", section.datasetSummary());

        Button getIfeval = new Button("Get IFEval");
        getIfeval.setId("getIfevalButton");
        getIfeval.disableProperty().bind(section.gettingIfeval().or(formLocked));
        getIfeval.setOnAction(event -> section.getIfeval());
        getIfeval.setTooltip(new Tooltip("Download the official IFEval prompts from Hugging Face (google/IFEval); "
                + "kept after the first download"));
        ProgressBar progress = new ProgressBar();
        progress.setId("ifevalProgress");
        progress.progressProperty().bind(section.ifevalProgress());
        progress.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(progress, Priority.ALWAYS);
        Button cancel = new Button("Cancel");
        cancel.setId("cancelIfevalButton");
        cancel.setOnAction(event -> section.cancelIfeval());
        HBox download = new HBox(8, progress, cancel);
        download.setId("ifevalDownloadRow");
        download.visibleProperty().bind(section.gettingIfeval());
        download.managedProperty().bind(section.gettingIfeval());
        Label status = FormControls.wrapping("ifevalStatus", section.ifevalStatus());
        status.getStyleClass().add(Styles.MUTED);
        status.managedProperty().bind(section.ifevalStatus().isNotEmpty());
        status.visibleProperty().bind(section.ifevalStatus().isNotEmpty());

        GridPane form = FormControls.section("datasetSection");
        form.addRow(0, new Label("Prompts"), dataset, new HBox(6, chooseDataset, getIfeval));
        form.add(download, 1, 1, 2, 1);
        form.add(status, 1, 2, 2, 1);
        form.add(summary, 1, 3, 2, 1);
        return form;
    }
}
