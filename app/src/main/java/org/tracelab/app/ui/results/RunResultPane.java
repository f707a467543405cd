package org.tracelab.app.ui.results;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import org.tracelab.app.ui.Styles;

/** One run's results: heading, the per-mode table and a bar chart of prompt-level strict and loose rates. */
final class RunResultPane extends VBox {

    private static final double ROW_HEIGHT = 26;
    private static final double HEADER_HEIGHT = 34;

    RunResultPane(RunResult result) {
        setId("runResult-" + result.runId());
        getStyleClass().add(Styles.RUN_RESULT);

        Label title = new Label(result.title());
        title.getStyleClass().add(Styles.RUN_RESULT_TITLE);
        Label details = new Label(result.details() + " · pass rates in %");
        details.getStyleClass().add(Styles.MUTED);

        TableView<ModeLine> table = new TableView<>();
        table.setId("resultsTable-" + result.runId());
        table.getStyleClass().add(Styles.RESULTS_TABLE);
        table.getItems().setAll(result.lines());
        table.getColumns().add(column("Mode", ModeLine::mode, 100));
        table.getColumns().add(column("Chains", ModeLine::chains, 60));
        table.getColumns().add(column("Attempts", ModeLine::attempts, 72));
        table.getColumns().add(column("Prompt strict", ModeLine::promptStrict, 95));
        table.getColumns().add(column("Prompt loose", ModeLine::promptLoose, 95));
        table.getColumns().add(column("Instr. strict", ModeLine::instructionStrict, 95));
        table.getColumns().add(column("Instr. loose", ModeLine::instructionLoose, 95));
        table.getColumns().add(column("Chain 95% CI", ModeLine::chainInterval, 115));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setFixedCellSize(ROW_HEIGHT);
        table.setPrefHeight(ROW_HEIGHT * Math.max(1, result.lines().size()) + HEADER_HEIGHT);
        table.setMinHeight(table.getPrefHeight());
        table.setPlaceholder(new Label("This run has no chains yet."));

        getChildren().addAll(title, details, table, chart(result));
    }

    private static BarChart<String, Number> chart(RunResult result) {
        CategoryAxis modes = new CategoryAxis();
        modes.setLabel("mode");
        NumberAxis percent = new NumberAxis(0, 100, 20);
        percent.setLabel("prompt-level pass %");
        BarChart<String, Number> chart = new BarChart<>(modes, percent);
        chart.setId("promptChart-" + result.runId());
        chart.setAnimated(false);
        chart.setTitle("Prompt-level pass rate by mode");
        chart.setPrefHeight(280);
        XYChart.Series<String, Number> strict = new XYChart.Series<>();
        strict.setName("strict");
        XYChart.Series<String, Number> loose = new XYChart.Series<>();
        loose.setName("loose");
        for (ModeLine line : result.lines()) {
            if (!Double.isNaN(line.promptStrictMean())) {
                strict.getData().add(new XYChart.Data<>(line.mode(), 100 * line.promptStrictMean()));
            }
            if (!Double.isNaN(line.promptLooseMean())) {
                loose.getData().add(new XYChart.Data<>(line.mode(), 100 * line.promptLooseMean()));
            }
        }
        chart.getData().add(strict);
        chart.getData().add(loose);
        return chart;
    }

    private static <T> TableColumn<ModeLine, T> column(String title, Function<ModeLine, T> value, double width) {
        TableColumn<ModeLine, T> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        column.setSortable(false);
        return column;
    }
}
