package org.tracelab.app.ui.runs;

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
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.tracelab.app.ui.Styles;

/** The Runs section: the runs table with its actions, or the first-start empty state. */
public final class RunsView extends StackPane {

    /** What the section's buttons do outside it. */
    public record Actions(Runnable importTraces, LongConsumer showResults, Runnable runBenchmark,
            LongConsumer resume, ReadOnlyBooleanProperty benchmarkRunning, LongPredicate isLive, Runnable openSamples) {
    }

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

        TableView<RunRow> table = new TableView<>(viewModel.runs());
        table.setId("runsTable");
        table.getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("Reading runs…"));
        table.getColumns().add(column("ID", row -> "#" + row.id(), 50));
        table.getColumns().add(RunNameCell.column(180));
        table.getColumns().add(column("Model", RunRow::model, 130));
        table.getColumns().add(column("Modes", RunRow::modes, 160));
        table.getColumns().add(column("Seeds", RunRow::seeds, 80));
        table.getColumns().add(column("Status", RunRow::status, 90));
        table.getColumns().add(column("Unfinished", RunRow::unfinished, 215));
        table.getColumns().add(column("Created", RunRow::created, 130));
        table.getColumns().add(column("Verifier", RunRow::verifierVersion, 120));
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
        showResults.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        showResults.setOnAction(event ->
                actions.showResults().accept(table.getSelectionModel().getSelectedItem().id()));

        Button resume = new Button("Resume");
        resume.setId("resumeRunButton");
        resume.disableProperty().bind(Bindings.createBooleanBinding(() -> {
            RunRow selected = table.getSelectionModel().getSelectedItem();
            return selected == null || actions.benchmarkRunning().get()
                    || !BenchmarkAction.resumable(selected, actions.isLive().test(selected.id()));
        }, table.getSelectionModel().selectedItemProperty(), actions.benchmarkRunning()));
        resume.setOnAction(event -> actions.resume().accept(table.getSelectionModel().getSelectedItem().id()));

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox toolbar = new HBox(title, spacer, showResults, resume, refresh, importButton,
                BenchmarkAction.button("runBenchmarkButton", "Run a benchmark…", actions.runBenchmark()));
        toolbar.getStyleClass().add(Styles.VIEW_TOOLBAR);

        VBox list = new VBox(toolbar, table);
        list.setId("runsList");
        list.getStyleClass().add(Styles.VIEW);
        VBox.setVgrow(table, Priority.ALWAYS);

        EmptyStateView emptyState = new EmptyStateView(actions.importTraces(), actions.runBenchmark(),
                actions.openSamples());
        emptyState.visibleProperty().bind(viewModel.empty());
        list.visibleProperty().bind(viewModel.empty().not());
        getChildren().addAll(list, emptyState);
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
