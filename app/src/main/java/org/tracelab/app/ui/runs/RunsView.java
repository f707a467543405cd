package org.tracelab.app.ui.runs;

import java.util.List;
import java.util.function.Function;
import java.util.function.LongConsumer;
import java.util.function.LongPredicate;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.tracelab.app.ui.Styles;
import org.tracelab.app.ui.TableSizing;

/** The Runs section: the runs table with its actions, or the first-start empty state. */
public final class RunsView extends StackPane {

    /** What the section's buttons do outside it; {@code runs} is what its context menu does to a run. */
    public record Actions(
            Runnable importTraces,
            LongConsumer showResults,
            Runnable runBenchmark,
            LongConsumer resume,
            ReadOnlyBooleanProperty benchmarkRunning,
            LongPredicate isLive,
            Runnable openSamples,
            RunActions runs) {}

    public RunsView(RunsViewModel viewModel, Actions actions) {
        setId("runsView");

        Label title = new Label("Runs");
        title.getStyleClass().add(Styles.SECTION_TITLE);
        Button importButton = new Button("Import traces…");
        importButton.setId("importTracesButton");
        importButton.setOnAction(event -> actions.importTraces().run());
        Button refresh = new Button("Refresh");
        refresh.setId("refreshRunsButton");
        refresh.disableProperty().bind(viewModel.loading());
        refresh.setOnAction(event -> viewModel.refresh());

        // Reading the runs again (after a rename, an import) replaces the rows; the selected run stays selected.
        boolean[] replacing = {false};
        viewModel.runs().addListener((javafx.collections.ListChangeListener<RunRow>) change -> replacing[0] = true);
        TableView<RunRow> table = new TableView<>(viewModel.runs());
        viewModel.runs().addListener((javafx.collections.ListChangeListener<RunRow>) change -> {
            replacing[0] = false;
            Long chosen = viewModel.selected().get();
            viewModel
                    .row(chosen == null ? -1 : chosen)
                    .ifPresentOrElse(
                            table.getSelectionModel()::select,
                            () -> viewModel.selected().set(null));
        });
        table.setId("runsTable");
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        // Preferred widths add up to the table's width at 1280 px, so the policy need not squeeze: run names (which
        // often differ only at their end, "…-seed42", "…-seed43") and the modes show whole; notes take the rest.
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("Reading runs…"));
        TableColumn<RunRow, String> id = column("ID", row -> "#" + row.id(), 48);
        id.getStyleClass().add(Styles.NUMERIC);
        id.setMinWidth(48);
        table.getColumns().add(id);
        table.getColumns().add(RunNameCell.column(270));
        table.getColumns().add(column("Model", RunRow::model, 150));
        table.getColumns().add(column("Modes", RunRow::modes, 215));
        table.getColumns().add(TableSizing.keepWidth(column("Seeds", RunRow::seeds, 90), 90));
        table.getColumns().add(TableSizing.keepWidth(column("Status", RunRow::status, 80), 80));
        table.getColumns().add(column("Unfinished", RunRow::unfinished, 90));
        table.getColumns().add(TableSizing.keepWidth(column("Created", RunRow::created, 132), 132));
        table.getColumns()
                .add(column(
                        "Notes",
                        row -> row.notes() == null
                                ? ""
                                : row.notes().lines().findFirst().orElse(""),
                        60));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (!replacing[0]) {
                viewModel.selected().set(row == null ? null : row.id());
            }
        });
        table.setContextMenu(
                actions.runs().menu("runs", () -> table.getSelectionModel().getSelectedItem()));
        table.setOnKeyPressed(event -> {
            RunRow chosen = table.getSelectionModel().getSelectedItem();
            if (chosen != null && event.getCode() == javafx.scene.input.KeyCode.F2) {
                actions.runs().rename(chosen);
                event.consume();
            } else if (chosen != null && event.getCode() == javafx.scene.input.KeyCode.DELETE) {
                actions.runs().delete(chosen);
                event.consume();
            }
        });
        table.setRowFactory(view -> {
            TableRow<RunRow> row = new TableRow<>();
            row.setOnMouseClicked(event -> {
                if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && !row.isEmpty()) {
                    actions.showResults().accept(row.getItem().id());
                }
            });
            return row;
        });

        Button showResults = new Button("Show results");
        showResults.setId("showResultsButton");
        showResults
                .disableProperty()
                .bind(table.getSelectionModel().selectedItemProperty().isNull());
        showResults.setOnAction(event -> actions.showResults()
                .accept(table.getSelectionModel().getSelectedItem().id()));

        Button resume = new Button("Resume");
        resume.setId("resumeRunButton");
        resume.disableProperty()
                .bind(Bindings.createBooleanBinding(
                        () -> {
                            RunRow selected = table.getSelectionModel().getSelectedItem();
                            return selected == null
                                    || actions.benchmarkRunning().get()
                                    || !BenchmarkAction.resumable(
                                            selected, actions.isLive().test(selected.id()));
                        },
                        table.getSelectionModel().selectedItemProperty(),
                        actions.benchmarkRunning()));
        resume.setOnAction(event -> actions.resume()
                .accept(table.getSelectionModel().getSelectedItem().id()));

        Button group = new Button("Group…");
        group.setId("groupRunsButton");
        group.setTooltip(new Tooltip("Report the selected runs (same model, dataset and modes, different seeds) as one "
                + "experiment: mean ± std over their seeds"));
        group.disableProperty()
                .bind(Bindings.size(table.getSelectionModel().getSelectedItems())
                        .lessThan(2));
        group.setOnAction(event -> askGroupName(
                viewModel,
                table.getSelectionModel().getSelectedItems().stream()
                        .map(RunRow::id)
                        .sorted()
                        .toList()));

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox toolbar = new HBox(
                title,
                spacer,
                showResults,
                resume,
                group,
                refresh,
                importButton,
                BenchmarkAction.button("runBenchmarkButton", "Run a benchmark…", actions.runBenchmark()));
        toolbar.getStyleClass().add(Styles.VIEW_TOOLBAR);
        toolbar.getChildren().stream()
                .filter(Button.class::isInstance)
                .forEach(button -> ((Button) button).setMinWidth(Region.USE_PREF_SIZE));

        javafx.scene.control.ProgressBar deleting = new javafx.scene.control.ProgressBar();
        deleting.setId("deleteRunProgress");
        deleting.progressProperty().bind(viewModel.deleting().progress());
        Label deletion = new Label();
        deletion.setId("deleteRunStatus");
        deletion.getStyleClass().add(Styles.MUTED);
        deletion.textProperty()
                .bind(Bindings.when(viewModel.deleting().running())
                        .then(viewModel.deleting().message())
                        .otherwise(viewModel.deleting().summary()));
        HBox deletionRow = new HBox(8, deleting, deletion);
        deletionRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        deleting.visibleProperty().bind(viewModel.deleting().running());
        deleting.managedProperty().bind(deleting.visibleProperty());
        deletionRow.visibleProperty().bind(deletion.textProperty().isNotEmpty());
        deletionRow.managedProperty().bind(deletionRow.visibleProperty());

        VBox list = new VBox(toolbar, deletionRow, table);
        list.setId("runsList");
        list.getStyleClass().add(Styles.VIEW);
        VBox.setVgrow(table, Priority.ALWAYS);

        EmptyStateView emptyState =
                new EmptyStateView(actions.importTraces(), actions.runBenchmark(), actions.openSamples());
        emptyState.visibleProperty().bind(viewModel.empty());
        list.visibleProperty().bind(viewModel.empty().not());
        getChildren().addAll(list, emptyState);
    }

    /** Asks for the new group's name (its model and seeds suggested), then saves the group. */
    private void askGroupName(RunsViewModel viewModel, List<Long> runIds) {
        TextInputDialog ask = new TextInputDialog(viewModel.suggestedGroupName(runIds));
        ask.setTitle("Group runs");
        ask.setHeaderText("Report runs "
                + String.join(", ", runIds.stream().map(String::valueOf).toList()) + " as one experiment");
        ask.setContentText("Group name");
        ask.getDialogPane().setId("groupRunsDialog");
        if (getScene() != null) {
            ask.initOwner(getScene().getWindow());
            ask.getDialogPane().getStylesheets().setAll(getScene().getStylesheets());
        }
        ask.showAndWait()
                .map(String::strip)
                .filter(name -> !name.isEmpty())
                .ifPresent(name -> viewModel.group(runIds, name));
    }

    private static TableColumn<RunRow, String> column(String title, Function<RunRow, String> text, double width) {
        TableColumn<RunRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> value(text.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    private static ObservableValue<String> value(String text) {
        return new ReadOnlyStringWrapper(text).getReadOnlyProperty();
    }
}
