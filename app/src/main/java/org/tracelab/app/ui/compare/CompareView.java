package org.tracelab.app.ui.compare;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.tracelab.app.ui.Styles;
import org.tracelab.app.ui.TableSizing;
import org.tracelab.app.ui.WrappingCell;
import org.tracelab.app.ui.runs.RunRow;
import org.tracelab.core.compare.TaskChange;

/**
 * The Compare section: the two sides, the counts and the paired statistics, the change filters with their counts,
 * instruction and flag filters, and the task table; double-click or Enter on a row opens both final answers in the
 * diff. Lays out and binds a {@link CompareViewModel}.
 */
public final class CompareView extends VBox {

    private static final double FLAGS_MIN_WIDTH = 160;

    private final CompareViewModel viewModel;
    private final Map<ChangeFilter, ToggleButton> filters = new EnumMap<>(ChangeFilter.class);
    private final Label copyStatus = new Label();

    public CompareView(CompareViewModel viewModel) {
        this.viewModel = viewModel;
        setId("compareView");
        getStyleClass().add(Styles.VIEW);

        Label title = new Label("Compare");
        title.getStyleClass().add(Styles.SECTION_TITLE);
        Button markdown = new Button("Copy as Markdown");
        markdown.setId("compareCopyMarkdownButton");
        markdown.setOnAction(event -> copy(viewModel.markdown(), "Markdown"));
        Button csv = new Button("Copy as CSV");
        csv.setId("compareCopyCsvButton");
        csv.setOnAction(event -> copy(viewModel.csv(), "CSV"));
        markdown.disableProperty().bind(viewModel.heading().isEmpty());
        csv.disableProperty().bind(viewModel.heading().isEmpty());
        copyStatus.setId("compareCopyStatus");
        copyStatus.getStyleClass().add(Styles.MUTED);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox toolbar = new HBox(title, spacer, copyStatus, markdown, csv);
        toolbar.getStyleClass().add(Styles.VIEW_TOOLBAR);

        Button compare = new Button("Compare");
        compare.setId("compareButton");
        compare.setDefaultButton(true);
        compare.setOnAction(event -> viewModel.compare());
        compare.disableProperty()
                .bind(viewModel
                        .sideA()
                        .run()
                        .isNull()
                        .or(viewModel.sideB().run().isNull()));
        ProgressIndicator busy = new ProgressIndicator();
        busy.setId("compareBusy");
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(viewModel.state().running());
        busy.managedProperty().bind(busy.visibleProperty());
        Label status = new Label();
        status.setId("compareStatus");
        status.getStyleClass().add(Styles.MUTED);
        status.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> viewModel.state().running().get()
                                ? viewModel.state().message().get()
                                : viewModel.state().summary().get(),
                        viewModel.state().running(),
                        viewModel.state().message(),
                        viewModel.state().summary()));
        status.setWrapText(true);
        HBox actions = new HBox(compare, busy, status);
        actions.getStyleClass().add(Styles.VIEW_TOOLBAR);
        compare.setMinWidth(Region.USE_PREF_SIZE);

        Label heading = wrapped("compareHeading", Styles.FILTER_SUMMARY);
        heading.textProperty().bind(viewModel.heading());
        Label counts = wrapped("compareCounts", null);
        counts.textProperty().bind(viewModel.counts());
        Label difference = wrapped("compareDifference", null);
        difference.textProperty().bind(viewModel.difference());
        Label test = wrapped("compareTest", null);
        test.textProperty().bind(viewModel.test());

        TableView<CompareRow> table = table();
        VBox.setVgrow(table, Priority.ALWAYS);
        Label hint = new Label("Double-click a task (or press Enter) to see both sides' final answers in the diff, "
                + "with each instruction's verdict change. A side's verdict on a task is the majority of its chains "
                + "(a tie fails).");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        hint.getStyleClass().add(Styles.MUTED);

        getChildren()
                .addAll(
                        toolbar,
                        side("A", "compareSideA", viewModel.sideA()),
                        side("B", "compareSideB", viewModel.sideB()),
                        actions,
                        heading,
                        counts,
                        difference,
                        test,
                        filterBar(),
                        table,
                        hint);
        viewModel.counts().addListener((obs, old, now) -> updateFilterCounts());
    }

    private HBox side(String name, String id, CompareSideModel side) {
        Label label = new Label("Side " + name);
        label.setMinWidth(Region.USE_PREF_SIZE);
        label.getStyleClass().add(Styles.RUN_RESULT_TITLE);
        ComboBox<RunRow> run = new ComboBox<>(viewModel.runs());
        run.setId(id + "Run");
        run.setPromptText("Choose a run");
        run.setPrefWidth(460);
        run.setMinWidth(Region.USE_PREF_SIZE);
        run.setConverter(new StringConverter<>() {
            @Override
            public String toString(RunRow row) {
                return row == null ? "" : row.label();
            }

            @Override
            public RunRow fromString(String text) {
                return null;
            }
        });
        run.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(RunRow row, boolean empty) {
                super.updateItem(row, empty);
                setText(empty || row == null ? null : row.label() + " · " + row.modes() + " · seeds " + row.seeds());
            }
        });
        run.valueProperty().bindBidirectional(side.run());
        HBox box = new HBox(
                label,
                run,
                choice(id + "Mode", "mode", side.modes(), side.mode()),
                choice(id + "Seed", "seed", side.seeds(), side.seed()),
                choice(id + "Fork", "fork", side.forks(), side.fork()));
        box.setId(id);
        box.getStyleClass().add(Styles.COMPARE_SIDE);
        return box;
    }

    private static HBox choice(String id, String name, ObservableList<String> items, ObjectProperty<String> value) {
        Label label = new Label(name);
        label.setMinWidth(Region.USE_PREF_SIZE);
        ComboBox<String> box = new ComboBox<>(items);
        box.setId(id);
        box.valueProperty().bindBidirectional(value);
        box.setMinWidth(Region.USE_PREF_SIZE);
        HBox pair = new HBox(4, label, box);
        pair.setAlignment(Pos.CENTER_LEFT);
        return pair;
    }

    private HBox filterBar() {
        ToggleGroup group = new ToggleGroup();
        HBox changes = new HBox();
        changes.getStyleClass().add(Styles.CHANGE_FILTER);
        for (ChangeFilter filter : ChangeFilter.values()) {
            ToggleButton button = new ToggleButton(filter.label());
            button.setId("compareFilter" + filter.label().replace(" ", ""));
            button.setToggleGroup(group);
            button.setMinWidth(Region.USE_PREF_SIZE);
            button.setOnAction(event -> viewModel.change().set(filter));
            filters.put(filter, button);
            changes.getChildren().add(button);
        }
        filters.get(viewModel.change().get()).setSelected(true);
        viewModel.change().addListener((obs, old, now) -> filters.get(now).setSelected(true));
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null && old != null) {
                old.setSelected(true); // one filter is always chosen
            }
        });
        ComboBox<String> instruction = filterChoice(
                "compareInstructionFilter", "any instruction", viewModel.instructionChoices(), viewModel.instruction());
        ComboBox<String> flag =
                filterChoice("compareFlagFilter", "any flag", viewModel.flagChoices(), viewModel.flag());
        Label instructionLabel = new Label("Instruction");
        instructionLabel.setMinWidth(Region.USE_PREF_SIZE);
        Label flagLabel = new Label("Flag");
        flagLabel.setMinWidth(Region.USE_PREF_SIZE);
        HBox bar = new HBox(changes, instructionLabel, instruction, flagLabel, flag);
        bar.getStyleClass().add(Styles.VIEW_TOOLBAR);
        updateFilterCounts();
        return bar;
    }

    private static ComboBox<String> filterChoice(
            String id, String prompt, ObservableList<String> items, ObjectProperty<String> value) {
        ObservableList<String> withAny = FXCollections.observableArrayList(prompt);
        ComboBox<String> box = new ComboBox<>(withAny);
        box.setId(id);
        box.setValue(prompt);
        // Replacing the items clears the combo's selection: put back the choice (or "any" when it is gone), so the
        // box never shows blank after the sides are compared again.
        Runnable refresh = () -> {
            String chosen = value.get();
            withAny.setAll(prompt);
            withAny.addAll(items);
            box.setValue(chosen != null && items.contains(chosen) ? chosen : prompt);
        };
        refresh.run();
        items.addListener((ListChangeListener<String>) change -> refresh.run());
        box.valueProperty().addListener((obs, old, now) -> value.set(now == null || now.equals(prompt) ? null : now));
        value.addListener((obs, old, now) -> box.setValue(now == null ? prompt : now));
        box.setTooltip(new Tooltip("Available once the flags and instruction verdicts are read"));
        return box;
    }

    private void updateFilterCounts() {
        int tasks = 0;
        for (TaskChange change : TaskChange.values()) {
            tasks += viewModel.count(change);
        }
        for (ChangeFilter filter : ChangeFilter.values()) {
            int count = filter == ChangeFilter.ALL
                    ? tasks
                    : filter.changes().stream().mapToInt(viewModel::count).sum();
            filters.get(filter).setText(filter.label() + " " + count);
        }
    }

    private TableView<CompareRow> table() {
        TableView<CompareRow> table = new TableView<>(viewModel.rows());
        table.setId("compareTable");
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.getColumns().add(ContentColumns.text("Task", CompareRow::key, false));
        table.getColumns().add(changeColumn());
        List<Function<CompareRow, String>> verdicts =
                List.of(CompareRow::aStrict, CompareRow::bStrict, CompareRow::aLoose, CompareRow::bLoose);
        List<String> verdictTitles = List.of("A strict", "B strict", "A loose", "B loose");
        for (int i = 0; i < verdicts.size(); i++) {
            table.getColumns().add(ContentColumns.text(verdictTitles.get(i), verdicts.get(i), false));
        }
        table.getColumns()
                .add(tip(
                        ContentColumns.text("A instr.", CompareRow::aInstructions, true),
                        "Instructions side A's final attempts followed (strict), over all its chains of the task"));
        table.getColumns()
                .add(tip(
                        ContentColumns.text("B instr.", CompareRow::bInstructions, true),
                        "Instructions side B's final attempts followed (strict), over all its chains of the task"));
        table.getColumns()
                .add(tip(
                        ContentColumns.text("A chains", CompareRow::aChains, true),
                        "Side A's chains of the task that pass (strict), of its chains"));
        table.getColumns()
                .add(tip(
                        ContentColumns.text("B chains", CompareRow::bChains, true),
                        "Side B's chains of the task that pass (strict), of its chains"));
        tip(flagsColumn(table), "Flags on a final attempt of either side (e.g. truncated, gamed)");
        table.setPlaceholder(new Label("Choose two sides above and Compare: each task both sides ran becomes a row."));
        viewModel.rows().addListener((ListChangeListener<CompareRow>)
                change -> ContentColumns.fit(table, List.copyOf(viewModel.rows())));
        table.setRowFactory(view -> {
            TableRow<CompareRow> row = new TableRow<>();
            row.setOnMouseClicked(event -> {
                if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && !row.isEmpty()) {
                    viewModel.open(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                viewModel.open(table.getSelectionModel().getSelectedItem());
                event.consume();
            }
        });
        return table;
    }

    /**
     * Flags can be long (several per side), so this last column takes the width the others leave, never less than
     * {@value #FLAGS_MIN_WIDTH} px, and wraps its text rather than pushing the table past the window.
     */
    private static TableColumn<CompareRow, String> flagsColumn(TableView<CompareRow> table) {
        TableColumn<CompareRow, String> column = new TableColumn<>("Flags");
        column.setCellValueFactory(
                cell -> new ReadOnlyStringWrapper(cell.getValue().flags()));
        column.setSortable(false);
        column.setCellFactory(col -> new WrappingCell<>());
        table.getColumns().add(column);
        return TableSizing.fillRemaining(table, column, FLAGS_MIN_WIDTH);
    }

    /** A column header that explains itself on hover. */
    private static <T> TableColumn<CompareRow, T> tip(TableColumn<CompareRow, T> column, String text) {
        Label header = new Label(column.getText());
        header.setTooltip(new Tooltip(text));
        column.setGraphic(header);
        column.setText("");
        return column;
    }

    /** The change, coloured and worded (fixed, broken), so it does not rely on colour alone. */
    private static TableColumn<CompareRow, String> changeColumn() {
        TableColumn<CompareRow, String> column = ContentColumns.text("Change", CompareRow::changeLabel, false);
        column.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                getStyleClass().removeAll(Styles.VERDICT_FIXED, Styles.VERDICT_BROKEN);
                setText(empty ? null : text);
                CompareRow row =
                        empty || getTableRow() == null ? null : getTableRow().getItem();
                if (row != null && row.change() == TaskChange.FIXED) {
                    getStyleClass().add(Styles.VERDICT_FIXED);
                } else if (row != null && row.change() == TaskChange.BROKEN) {
                    getStyleClass().add(Styles.VERDICT_BROKEN);
                }
            }
        });
        return column;
    }

    private static Label wrapped(String id, String styleClass) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        if (styleClass != null) {
            label.getStyleClass().add(styleClass);
        }
        return label;
    }

    private void copy(String text, String format) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
        copyStatus.setText("Copied the comparison as " + format);
    }
}
