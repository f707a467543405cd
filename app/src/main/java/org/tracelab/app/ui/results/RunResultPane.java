package org.tracelab.app.ui.results;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.tracelab.app.service.report.InstructionLabels;
import org.tracelab.app.service.report.InstructionRate;
import org.tracelab.app.service.report.ModeRepairOutcomes;
import org.tracelab.app.service.report.RepairOutcome;
import org.tracelab.app.ui.Palette;
import org.tracelab.app.ui.Styles;
import org.tracelab.app.ui.TableSizing;
import org.tracelab.app.ui.charts.ChartLegend;
import org.tracelab.app.ui.charts.SeriesColors;
import org.tracelab.app.ui.samples.IllustrationBadge;
import org.tracelab.core.stats.Grid;
import org.tracelab.core.stats.TableFormat;

/**
 * One run's results: heading, the per-mode table, a bar chart of prompt-level strict and loose rates, the paired
 * mode comparisons, tokens and latency per mode, how the repair modes' chains ended (a stacked bar per mode and
 * its counts) and a bar chart of strict pass rate by instruction id per mode. Every table has its own
 * Markdown and CSV copy buttons.
 */
final class RunResultPane extends VBox {

    /** Puts a table's text on the clipboard; {@code what} says which table and format, for the status line. */
    @FunctionalInterface
    interface TableCopier {
        void copy(String text, String what);
    }

    private static final double ROW_HEIGHT = 26;
    private static final double HEADER_HEIGHT = 34;

    private final RunResult result;
    private final TableCopier copier;

    /** @param labels readable names and benchmarks of instruction ids, for the "by instruction" table */
    RunResultPane(RunResult result, TableCopier copier, InstructionLabels labels) {
        this.result = result;
        this.copier = copier;
        setId("runResult-" + result.idSuffix());
        getStyleClass().add(Styles.RUN_RESULT);

        Label title = new Label(result.title());
        title.getStyleClass().add(Styles.RUN_RESULT_TITLE);
        Label details = new Label(result.details() + " · pass rates in %");
        details.getStyleClass().add(Styles.MUTED);
        for (Label wrapping : new Label[] {title, details}) {
            wrapping.setWrapText(true);
            wrapping.setMinHeight(Region.USE_PREF_SIZE);
        }

        TableView<ModeLine> table = new TableView<>();
        table.setId("resultsTable-" + result.idSuffix());
        table.getStyleClass().add(Styles.RESULTS_TABLE);
        table.getItems().setAll(result.lines());
        table.getColumns().add(column("Mode", ModeLine::mode));
        table.getColumns().add(column("Finished", ModeLine::finishedChains));
        table.getColumns().add(column("Attempts", ModeLine::attempts));
        table.getColumns().add(column("Prompt strict", ModeLine::promptStrict));
        table.getColumns().add(column("Prompt loose", ModeLine::promptLoose));
        table.getColumns().add(column("Instr. strict", ModeLine::instructionStrict));
        table.getColumns().add(column("Instr. loose", ModeLine::instructionLoose));
        TableColumn<ModeLine, String> interval = column("Strict 95% CI", ModeLine::chainInterval);
        table.getColumns().add(interval);
        table.getColumns().forEach(column -> column.setSortable(false));
        table.getColumns().stream()
                .skip(1)
                .forEach(column -> column.getStyleClass().add(Styles.NUMERIC));
        TableSizing.toContent(table);
        table.setFixedCellSize(ROW_HEIGHT);
        table.setPrefHeight(ROW_HEIGHT * Math.max(1, result.lines().size()) + HEADER_HEIGHT);
        table.setMinHeight(table.getPrefHeight());
        table.setPlaceholder(new Label("This run has no chains yet."));

        getChildren()
                .addAll(
                        title,
                        details,
                        heading("Pass rates per mode", ResultTable.MODES),
                        table,
                        note(
                                "Strict 95% CI: the prompt-level strict rate's interval from a bootstrap over tasks, a task's seeds "
                                        + "and forks resampled together (ADR 0008)"),
                        chart(result));
        if (!result.unfinished().isEmpty()) {
            Label notice = new Label(result.unfinished());
            notice.setId("runUnfinished-" + result.idSuffix());
            notice.getStyleClass().add(Styles.NOTICE);
            notice.setWrapText(true);
            notice.setMinHeight(Region.USE_PREF_SIZE);
            getChildren().add(2, notice);
        }
        if (result.illustration()) {
            IllustrationBadge badge = new IllustrationBadge("Illustration — hand-written, not model output");
            badge.setId("resultsIllustrationBadge-" + result.idSuffix());
            getChildren().add(1, badge);
        }
        if (!result.sources().isEmpty()) {
            String tool = result.sources().get(0).tool();
            Label heading = new Label(tool + "'s own verdicts beside Tracelab's");
            heading.getStyleClass().add(Styles.RUN_RESULT_TITLE);
            getChildren()
                    .addAll(
                            heading,
                            note("the prompt-level pass rate the importing tool recorded for each "
                                    + "chain, and Tracelab's strict rate on the same chains; they differ where the tool's checker "
                                    + "departs from the official semantics"),
                            cellTable("sourcesTable-" + result.idSuffix(), sourceRows(result)));
        }
        if (!result.statistics().comparisons().isEmpty()) {
            getChildren()
                    .addAll(
                            heading("Paired mode comparisons (prompt level, strict)", ResultTable.COMPARISONS),
                            note(
                                    "mean per-task difference in percentage points with its paired bootstrap interval over "
                                            + "tasks, and an exact test with tasks as the units (a task's seeds and forks are not "
                                            + "independent of each other)"),
                            comparisons(result));
        }
        if (result.statistics().hasForks()) {
            getChildren()
                    .addAll(
                            heading("Over forks", ResultTable.FORKS),
                            note(
                                    "per task and seed: unbiased pass@k, the majority of forks (a tie fails) and at least k "
                                            + "forks passing; averaged over seeds, then tasks, with task-clustered intervals"),
                            statisticsTable(
                                    "forksTable-" + result.idSuffix(),
                                    TableFormat.CSV.renderForks(result.statistics())));
        }
        if (!result.statistics().repairStrategies().isEmpty()) {
            getChildren()
                    .addAll(
                            heading("Which repair fixed which rule", ResultTable.STRATEGIES),
                            note(
                                    "per violated instruction and repair strategy: repairs of an attempt that broke it, and "
                                            + "how many of them follow it, with task-clustered intervals"),
                            statisticsTable(
                                    "strategiesTable-" + result.idSuffix(),
                                    TableFormat.CSV.renderRepairStrategies(result.statistics())));
        }
        if (!result.statistics().modes().isEmpty()
                && result.statistics().modes().get(0).intervals() != null) {
            getChildren()
                    .addAll(
                            heading("Power guidance", ResultTable.POWER),
                            note(
                                    "the smallest difference these tasks and seeds detect with 80 % power at the 5 % level; "
                                            + "more seeds cannot go below the last column, only more tasks can (ADR 0008)"),
                            statisticsTable(
                                    "powerTable-" + result.idSuffix(),
                                    TableFormat.CSV.renderPower(result.statistics())));
        }
        if (!result.usage().isEmpty()) {
            getChildren()
                    .addAll(
                            heading("Tokens and latency per mode", ResultTable.USAGE),
                            note(
                                    "tokens as the server reported them (never estimated); tokens/chain over the chains whose "
                                            + "every call reported them; a chain's latency is the sum of its calls, the shared first "
                                            + "call included in every mode"),
                            gridTable(
                                    "usageTable-" + result.idSuffix(),
                                    transposed(ResultTable.usageGrid(result.usage()))));
        }
        if (!result.repairs().isEmpty()) {
            getChildren()
                    .addAll(
                            heading("How repairs ended", ResultTable.REPAIRS),
                            note(
                                    "finished chains of the repair modes by their final attempt; an infeasible task is one with "
                                            + "feasibility warnings (e.g. more words asked than max tokens allow)"),
                            repairChart(result),
                            gridTable(
                                    "repairsTable-" + result.idSuffix(),
                                    transposed(ResultTable.repairGrid(result.repairs()))));
        }
        if (!result.instructions().isEmpty()) {
            InstructionTable byInstruction = InstructionTable.of(result.instructions(), labels);
            getChildren()
                    .addAll(
                            heading(
                                    "Pass rate by instruction",
                                    "Instructions",
                                    "pass rates by instruction",
                                    format -> format.render(byInstruction.grid())),
                            note(
                                    "strict pass % of the final attempts (followed/verified), grouped by benchmark; hover a "
                                            + "name for its instruction id"),
                            instructionTable(byInstruction),
                            instructionChart(result));
        }
    }

    /**
     * Keeps this pane at least as wide as its widest table, for runs shown side by side: tables are never squeezed,
     * so a narrower pane would cut them at its edge. (The pane's own preferred width is no guide: its wrapping
     * notes prefer one long line.)
     */
    void keepTablesWhole() {
        List<TableView<?>> tables = getChildren().stream()
                .filter(TableView.class::isInstance)
                .<TableView<?>>map(TableView.class::cast)
                .toList();
        minWidthProperty()
                .bind(Bindings.createDoubleBinding(
                        () -> tables.stream()
                                        .mapToDouble(TableView::getPrefWidth)
                                        .max()
                                        .orElse(0)
                                + snappedLeftInset()
                                + snappedRightInset(),
                        tables.stream().map(TableView::prefWidthProperty).toArray(Observable[]::new)));
    }

    /** A table's heading with its Markdown and CSV copy buttons ({@code copy<Table>Markdown-<run>} …). */
    private HBox heading(String text, ResultTable table) {
        String name = table.name().charAt(0) + table.name().substring(1).toLowerCase(Locale.ROOT);
        return heading(text, name, table.description(), format -> table.render(result, format));
    }

    /**
     * A heading with copy buttons {@code copy<name>Markdown-<run>} and {@code copy<name>Csv-<run>}; {@code description}
     * says what was copied.
     */
    private HBox heading(String text, String name, String description, Function<TableFormat, String> render) {
        Label heading = new Label(text);
        heading.getStyleClass().add(Styles.RUN_RESULT_TITLE);
        Button markdown = new Button("Markdown");
        markdown.setId("copy" + name + "Markdown-" + result.idSuffix());
        markdown.setTooltip(new Tooltip("Copy this table as Markdown"));
        markdown.setOnAction(event -> copier.copy(
                render.apply(TableFormat.MARKDOWN), description + " of " + result.subject() + " as Markdown"));
        Button csv = new Button("CSV");
        csv.setId("copy" + name + "Csv-" + result.idSuffix());
        csv.setTooltip(new Tooltip("Copy this table as CSV"));
        csv.setOnAction(event ->
                copier.copy(render.apply(TableFormat.CSV), description + " of " + result.subject() + " as CSV"));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox row = new HBox(6, heading, spacer, markdown, csv);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static Label note(String text) {
        Label note = new Label(text);
        note.setWrapText(true);
        note.getStyleClass().add(Styles.MUTED);
        return note;
    }

    /** A table of already formatted cells, as copied. */
    private static TableView<List<String>> gridTable(String id, Grid grid) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(grid.header());
        rows.addAll(grid.rows());
        return cellTable(id, rows);
    }

    /** Share of each outcome among a repair mode's finished chains, one stacked bar per mode. */
    private static VBox repairChart(RunResult result) {
        CategoryAxis modes = new CategoryAxis();
        modes.setLabel("mode");
        NumberAxis percent = new NumberAxis(0, 100, 20);
        percent.setLabel("% of finished chains");
        StackedBarChart<String, Number> chart = new StackedBarChart<>(modes, percent);
        chart.setId("repairChart-" + result.idSuffix());
        chart.setAnimated(false);
        chart.setTitle("How repairs ended");
        chart.setPrefHeight(300);
        chart.setMinHeight(chart.getPrefHeight());
        modes.getCategories()
                .setAll(result.repairs().stream().map(ModeRepairOutcomes::mode).toList());
        ChartLegend legend = new ChartLegend(chart);
        for (RepairOutcome outcome : ResultTable.shownOutcomes(result.repairs())) {
            XYChart.Series<String, Number> series = new XYChart.Series<>();
            series.setName(outcome.label());
            for (ModeRepairOutcomes mode : result.repairs()) {
                if (mode.chains() > 0) {
                    series.getData().add(new XYChart.Data<>(mode.mode(), 100.0 * mode.count(outcome) / mode.chains()));
                }
            }
            chart.getData().add(series);
            SeriesColors.bars(series, Palette.outcome(outcome));
            legend.add(outcome.label(), Palette.outcome(outcome));
        }
        return new VBox(4, chart, legend);
    }

    /** A statistics table, cell for cell as core's {@link TableFormat} renders it for the command line. */
    private static TableView<List<String>> statisticsTable(String id, String csv) {
        return cellTable(id, csvRows(csv));
    }

    /**
     * The paired comparisons, the cells core's {@link TableFormat} renders for the command line turned a quarter:
     * one column per comparison ("full_pcl vs direct"), one row per measure, so a dozen measures fit the pane.
     */
    private static TableView<List<String>> comparisons(RunResult result) {
        List<List<String>> rows = csvRows(TableFormat.CSV.renderComparisons(result.statistics()));
        List<String> measures = rows.get(0);
        List<List<String>> turned = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("comparison"));
        rows.stream().skip(1).forEach(row -> header.add(row.get(0) + " vs " + row.get(1)));
        turned.add(header);
        for (int measure = 2; measure < measures.size(); measure++) {
            List<String> line = new ArrayList<>(List.of(unqualified(measures.get(measure))));
            for (List<String> row : rows.subList(1, rows.size())) {
                line.add(measure < row.size() ? row.get(measure) : "");
            }
            turned.add(line);
        }
        return cellTable("comparisonsTable-" + result.idSuffix(), turned);
    }

    /**
     * The wide tables (a column per metric or per outcome) turned a quarter: one row per metric, one column per
     * mode, so their long headers become row labels instead of cut column titles. Copies keep the command line's
     * mode-per-row layout.
     */
    static Grid transposed(Grid grid) {
        List<List<String>> all = new ArrayList<>();
        all.add(grid.header());
        all.addAll(grid.rows());
        List<String> header = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (int c = 0; c < grid.header().size(); c++) {
            List<String> line = new ArrayList<>();
            for (List<String> row : all) {
                line.add(c < row.size() ? row.get(c) : "");
            }
            if (c == 0) {
                header.addAll(line);
            } else {
                rows.add(line);
            }
        }
        List<Boolean> right = new ArrayList<>();
        for (int c = 0; c < header.size(); c++) {
            right.add(c > 0);
        }
        return new Grid(header, right, rows);
    }

    /** A read-only table of text cells, sized to them; the first row is the header. Figures are right-aligned. */
    private static TableView<List<String>> cellTable(String id, List<List<String>> grid) {
        TableView<List<String>> table = new TableView<>();
        table.setId(id);
        table.getStyleClass().add(Styles.RESULTS_TABLE);
        List<String> header = grid.get(0);
        List<List<String>> body = grid.subList(1, grid.size());
        for (int c = 0; c < header.size(); c++) {
            int index = c;
            TableColumn<List<String>, String> column = titled(header.get(c));
            column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(
                    index < cell.getValue().size() ? cell.getValue().get(index) : ""));
            column.setSortable(false);
            if (!body.isEmpty()
                    && body.stream().allMatch(row -> index < row.size() && TableSizing.isNumber(row.get(index)))) {
                column.getStyleClass().add(Styles.NUMERIC);
            }
            table.getColumns().add(column);
        }
        table.getItems().setAll(body);
        TableSizing.toContent(table);
        table.setFixedCellSize(ROW_HEIGHT);
        table.setPrefHeight(ROW_HEIGHT * Math.max(1, grid.size() - 1) + HEADER_HEIGHT);
        table.setMinHeight(table.getPrefHeight());
        return table;
    }

    /**
     * A column titled by {@code header} without its parenthesised qualifier ("detectable difference pp (80% power,
     * 5% level)" shows "detectable difference pp"), so the column is as wide as its figures; the note above each
     * table says what the qualifier said, and copies keep the whole header.
     */
    private static TableColumn<List<String>, String> titled(String header) {
        return new TableColumn<>(unqualified(header));
    }

    private static String unqualified(String header) {
        int qualifier = header.indexOf(" (");
        return qualifier > 0 && header.endsWith(")") ? header.substring(0, qualifier) : header;
    }

    /** The "by instruction" table: benchmark, readable name (the id in a tooltip), one column per mode. */
    private TableView<InstructionTable.Row> instructionTable(InstructionTable byInstruction) {
        TableView<InstructionTable.Row> table = new TableView<>();
        table.setId("instructionTable-" + result.runId());
        table.getStyleClass().add(Styles.RESULTS_TABLE);
        TableColumn<InstructionTable.Row, String> benchmark = new TableColumn<>("Benchmark");
        benchmark.setCellValueFactory(
                cell -> new ReadOnlyObjectWrapper<>(cell.getValue().label().benchmark()));
        benchmark.setMinWidth(95);
        TableColumn<InstructionTable.Row, String> name = new TableColumn<>("Instruction");
        name.setCellValueFactory(
                cell -> new ReadOnlyObjectWrapper<>(cell.getValue().label().name()));
        name.setCellFactory(column -> new InstructionNameCell());
        // The longest built-in name (about 47 characters) whole; a narrower pane scrolls the table sideways.
        name.setMinWidth(310);
        table.getColumns().add(benchmark);
        table.getColumns().add(name);
        for (int m = 0; m < byInstruction.modes().size(); m++) {
            int index = m;
            // The mode alone: the note above says the cells are strict pass % (copies say it in the header).
            TableColumn<InstructionTable.Row, String> mode =
                    new TableColumn<>(byInstruction.modes().get(m));
            mode.setCellValueFactory(
                    cell -> new ReadOnlyObjectWrapper<>(cell.getValue().cells().get(index)));
            mode.setMinWidth(105);
            table.getColumns().add(mode);
        }
        table.getColumns().forEach(column -> column.setSortable(false));
        table.getItems().setAll(byInstruction.rows());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setFixedCellSize(ROW_HEIGHT);
        table.setPrefHeight(ROW_HEIGHT * Math.max(1, byInstruction.rows().size()) + HEADER_HEIGHT);
        table.setMinHeight(table.getPrefHeight());
        return table;
    }

    /** An instruction's readable name, its id in the tooltip. */
    private static final class InstructionNameCell extends TableCell<InstructionTable.Row, String> {
        @Override
        protected void updateItem(String name, boolean empty) {
            super.updateItem(name, empty);
            InstructionTable.Row row = empty ? null : getTableRow().getItem();
            setText(row == null ? null : name);
            setTooltip(row == null ? null : new Tooltip(row.label().id()));
        }
    }

    /** Strict pass rate of the final attempts per instruction id, one bar per mode; horizontal, ids on the side. */
    private static VBox instructionChart(RunResult result) {
        NumberAxis percent = new NumberAxis(0, 100, 20);
        percent.setLabel("strict pass % of final attempts");
        CategoryAxis ids = new CategoryAxis();
        BarChart<Number, String> chart = new BarChart<>(percent, ids);
        chart.setId("instructionChart-" + result.idSuffix());
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
                    })
                    .getData()
                    .add(new XYChart.Data<>(100 * rate.rate(), rate.instructionId()));
        }
        ids.getCategories().setAll(allIds);
        chart.getData().addAll(series.values());
        ChartLegend legend = new ChartLegend(chart);
        series.forEach((mode, bars) -> {
            SeriesColors.bars(bars, Palette.mode(mode));
            legend.add(mode, Palette.mode(mode));
        });
        chart.setPrefHeight(90 + allIds.size() * Math.max(1, series.size()) * 7.0 + allIds.size() * 6.0);
        chart.setMinHeight(chart.getPrefHeight());
        return new VBox(4, chart, legend);
    }

    private static List<List<String>> sourceRows(RunResult result) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("mode", "chains", result.sources().get(0).tool() + " pass %", "Tracelab strict pass %"));
        for (org.tracelab.app.service.report.SourceRate rate : result.sources()) {
            rows.add(List.of(
                    rate.mode(),
                    Integer.toString(rate.chains()),
                    RunResults.percent(rate.rate()),
                    RunResults.percent(rate.strictRate())));
        }
        return rows;
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

    private static VBox chart(RunResult result) {
        CategoryAxis modes = new CategoryAxis();
        modes.setLabel("mode");
        NumberAxis percent = new NumberAxis(0, 100, 20);
        percent.setLabel("prompt-level pass %");
        BarChart<String, Number> chart = new BarChart<>(modes, percent);
        chart.setId("promptChart-" + result.idSuffix());
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
        SeriesColors.bars(strict, Palette.STRICT);
        SeriesColors.bars(loose, Palette.LOOSE);
        ChartLegend legend = new ChartLegend(chart);
        legend.add("strict", Palette.STRICT);
        legend.add("loose", Palette.LOOSE);
        return new VBox(4, chart, legend);
    }

    /** A column left at JavaFX's default width, so the table sizes it to its header and cells. */
    private static <T> TableColumn<ModeLine, T> column(String title, Function<ModeLine, T> value) {
        TableColumn<ModeLine, T> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setSortable(false);
        return column;
    }
}
