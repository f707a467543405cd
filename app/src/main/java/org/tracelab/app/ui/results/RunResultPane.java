package org.tracelab.app.ui.results;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
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
import org.tracelab.app.ui.samples.IllustrationBadge;
import org.tracelab.core.stats.TableFormat;

/**
 * One run's results: heading, the per-mode table, a bar chart of prompt-level strict and loose rates, the paired
 * mode comparisons and a bar chart of strict pass rate by instruction id per mode.
 */
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
        if (result.illustration()) {
            IllustrationBadge badge = new IllustrationBadge("Illustration — hand-written, not model output");
            badge.setId("resultsIllustrationBadge-" + result.runId());
            getChildren().add(1, badge);
        }
        if (!result.statistics().comparisons().isEmpty()) {
            Label heading = new Label("Paired mode comparisons (strict, chain level)");
            heading.getStyleClass().add(Styles.RUN_RESULT_TITLE);
            Label note = new Label("difference in percentage points with its bootstrap interval over tasks; "
                    + "McNemar's exact test on (task, seed) pairs of fork 0");
            note.setWrapText(true);
            note.getStyleClass().add(Styles.MUTED);
            getChildren().addAll(heading, note, comparisons(result));
        }
        if (!result.instructions().isEmpty()) {
            getChildren().add(instructionChart(result));
        }
    }

    /** The paired comparisons, cell for cell as core's {@link TableFormat} renders them for the command line. */
    private static TableView<List<String>> comparisons(RunResult result) {
        List<List<String>> grid = csvRows(TableFormat.CSV.renderComparisons(result.statistics()));
        TableView<List<String>> table = new TableView<>();
        table.setId("comparisonsTable-" + result.runId());
        table.getStyleClass().add(Styles.RESULTS_TABLE);
        List<String> header = grid.get(0);
        for (int c = 0; c < header.size(); c++) {
            int index = c;
            TableColumn<List<String>, String> column = new TableColumn<>(header.get(c));
            column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(
                    index < cell.getValue().size() ? cell.getValue().get(index) : ""));
            column.setSortable(false);
            column.setPrefWidth(c < 2 ? 100 : c == 4 ? 150 : 80);
            table.getColumns().add(column);
        }
        table.getItems().setAll(grid.subList(1, grid.size()));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setFixedCellSize(ROW_HEIGHT);
        table.setPrefHeight(ROW_HEIGHT * Math.max(1, grid.size() - 1) + HEADER_HEIGHT);
        table.setMinHeight(table.getPrefHeight());
        return table;
    }

    /** Strict pass rate of the final attempts per instruction id, one bar per mode; horizontal, ids on the side. */
    private static BarChart<Number, String> instructionChart(RunResult result) {
        NumberAxis percent = new NumberAxis(0, 100, 20);
        percent.setLabel("strict pass % of final attempts");
        CategoryAxis ids = new CategoryAxis();
        BarChart<Number, String> chart = new BarChart<>(percent, ids);
        chart.setId("instructionChart-" + result.runId());
        chart.setAnimated(false);
        chart.setTitle("Strict pass rate by instruction id");
        chart.setBarGap(0);
        chart.setCategoryGap(4);
        Map<String, XYChart.Series<Number, String>> series = new LinkedHashMap<>();
        Set<String> allIds = new TreeSet<>(Comparator.reverseOrder()); // the first id at the top
        for (InstructionRate rate : result.instructions()) {
            allIds.add(rate.instructionId());
            if (Double.isNaN(rate.rate())) {
                continue;
            }
            series.computeIfAbsent(rate.mode(), mode -> {
                XYChart.Series<Number, String> s = new XYChart.Series<>();
                s.setName(mode);
                return s;
            }).getData().add(new XYChart.Data<>(100 * rate.rate(), rate.instructionId()));
        }
        ids.getCategories().setAll(allIds);
        chart.getData().addAll(series.values());
        chart.setPrefHeight(90 + allIds.size() * Math.max(1, series.size()) * 7.0 + allIds.size() * 6.0);
        chart.setMinHeight(chart.getPrefHeight());
        return chart;
    }

    /** Parses RFC 4180 CSV as {@link TableFormat#CSV} writes it. */
    static List<List<String>> csvRows(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char ch = csv.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    cell.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                cell.append(ch);
            }
        }
        if (cell.length() > 0 || !row.isEmpty()) {
            row.add(cell.toString());
            rows.add(row);
        }
        return rows;
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
