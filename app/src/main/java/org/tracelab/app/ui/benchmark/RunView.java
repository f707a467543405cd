package org.tracelab.app.ui.benchmark;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.tracelab.app.ui.FormControls;
import org.tracelab.app.ui.Palette;
import org.tracelab.app.ui.Styles;
import org.tracelab.app.ui.charts.ChartLegend;
import org.tracelab.app.ui.charts.SeriesColors;

/**
 * The running benchmark beside the form: progress with ETA, a notice while the server fails, how it ended, pass rate
 * per mode, the latest attempts.
 */
final class RunView {

    private RunView() {}

    static VBox of(BenchmarkRuns runs) {
        ProgressBar progress = new ProgressBar();
        progress.setId("benchmarkProgress");
        progress.progressProperty().bind(runs.progress());
        progress.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(progress, Priority.ALWAYS);
        Label message = new Label();
        message.setId("benchmarkMessage");
        message.textProperty().bind(runs.message());
        Label summary = FormControls.wrapping("benchmarkSummary", runs.summary());
        Label faults = FormControls.wrapping("benchmarkFaultNotice", runs.faultNotice());
        faults.getStyleClass().add(Styles.NOTICE);
        faults.visibleProperty().bind(runs.faultNotice().isNotEmpty());
        faults.managedProperty().bind(faults.visibleProperty());

        TableView<AttemptRow> attempts = attemptsTable(runs);
        VBox column = new VBox(
                10,
                new HBox(8, progress, message),
                faults,
                summary,
                passRateChart(runs),
                new Label("Latest attempts"),
                attempts);
        VBox.setVgrow(attempts, Priority.ALWAYS);
        return column;
    }

    /** Strict pass rate per mode over the chains finished so far, a line per mode. */
    private static VBox passRateChart(BenchmarkRuns runs) {
        NumberAxis chains = new NumberAxis();
        chains.setLabel("chains finished (per mode)");
        chains.setForceZeroInRange(true);
        NumberAxis rate = new NumberAxis(0, 100, 20);
        rate.setLabel("strict pass %");
        LineChart<Number, Number> chart = new LineChart<>(chains, rate);
        chart.setId("passRateChart");
        chart.setAnimated(false);
        chart.setCreateSymbols(false);
        chart.setPrefHeight(240);
        Map<String, XYChart.Series<Number, Number>> series = new HashMap<>();
        ChartLegend legend = new ChartLegend(chart);
        ListChangeListener<RatePoint> plot = change -> {
            while (change.next()) {
                if (change.wasRemoved() && runs.rates().isEmpty()) {
                    series.clear();
                    chart.getData().clear();
                    legend.clear();
                }
                change.getAddedSubList().forEach(point -> plot(chart, series, legend, point));
            }
        };
        runs.rates().forEach(point -> plot(chart, series, legend, point));
        runs.rates().addListener(plot);
        return new VBox(4, chart, legend);
    }

    /** Adds a point to its mode's line, creating the line (in the mode's colour) and its legend entry first. */
    private static void plot(
            LineChart<Number, Number> chart,
            Map<String, XYChart.Series<Number, Number>> series,
            ChartLegend legend,
            RatePoint point) {
        series.computeIfAbsent(point.mode(), mode -> {
                    XYChart.Series<Number, Number> line = new XYChart.Series<>();
                    line.setName(mode);
                    chart.getData().add(line);
                    SeriesColors.line(line, Palette.mode(mode));
                    legend.add(mode, Palette.mode(mode));
                    return line;
                })
                .getData()
                .add(new XYChart.Data<>(point.done(), point.percent()));
    }

    private static TableView<AttemptRow> attemptsTable(BenchmarkRuns runs) {
        TableView<AttemptRow> attempts = new TableView<>(runs.attempts());
        attempts.setId("attemptsTable");
        attempts.setPlaceholder(new Label("Attempts show here as they are recorded."));
        attempts.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        attempts.setPrefHeight(140);
        attempts.getColumns().add(column("Task", AttemptRow::task, 70));
        attempts.getColumns().add(column("Mode", AttemptRow::mode, 100));
        attempts.getColumns().add(column("Seed", AttemptRow::seed, 50));
        attempts.getColumns().add(column("Fork", row -> String.valueOf(row.fork()), 40));
        attempts.getColumns().add(column("#", row -> String.valueOf(row.index()), 30));
        attempts.getColumns().add(column("Strategy", AttemptRow::strategy, 100));
        attempts.getColumns().add(column("Followed", AttemptRow::followed, 70));
        attempts.getColumns().add(column("Verdict", AttemptRow::verdict, 80));
        attempts.getColumns().add(column("Latency", AttemptRow::latency, 80));
        return attempts;
    }

    private static TableColumn<AttemptRow, String> column(
            String title, Function<AttemptRow, String> text, double width) {
        TableColumn<AttemptRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(
                cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())).getReadOnlyProperty());
        column.setPrefWidth(width);
        return column;
    }
}
