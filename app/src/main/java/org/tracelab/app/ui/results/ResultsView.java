package org.tracelab.app.ui.results;

import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.tracelab.app.ui.Styles;
import org.tracelab.app.ui.runs.RunRow;

/** The Results section: runs on the left (Ctrl/Shift-click to compare), their tables and charts on the right. */
public final class ResultsView extends SplitPane {

    private final ResultsViewModel viewModel;
    private final ListView<RunRow> runList;
    private final HBox panes = new HBox(16);
    private final Label copyStatus = new Label();
    private boolean syncing;

    public ResultsView(ResultsViewModel viewModel) {
        this.viewModel = viewModel;
        setId("resultsView");

        runList = new ListView<>(viewModel.runs());
        runList.setId("resultsRunList");
        runList.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        runList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(RunRow run, boolean empty) {
                super.updateItem(run, empty);
                setText(empty || run == null ? null
                        : run.label() + "\n" + run.modes() + " · seeds " + run.seeds());
            }
        });
        runList.setPlaceholder(new Label("No runs yet: import traces from the Runs section."));
        runList.getSelectionModel().getSelectedItems().addListener((ListChangeListener<RunRow>) change -> {
            if (!syncing) {
                syncing = true;
                viewModel.select(List.copyOf(runList.getSelectionModel().getSelectedItems()).stream()
                        .map(RunRow::id).toList());
                syncing = false;
            }
        });
        viewModel.selectedRunIds().addListener((ListChangeListener<Long>) change -> selectInList());
        VBox left = new VBox(8, heading("Runs"), hint("Ctrl-click to compare runs side by side."), runList);
        left.getStyleClass().add(Styles.VIEW);
        VBox.setVgrow(runList, Priority.ALWAYS);

        Button copyMarkdown = new Button("Copy as Markdown");
        copyMarkdown.setId("copyMarkdownButton");
        copyMarkdown.disableProperty().bind(viewModel.canCopy().not());
        copyMarkdown.setOnAction(event -> copy(viewModel.markdown(), "Markdown"));
        Button copyCsv = new Button("Copy as CSV");
        copyCsv.setId("copyCsvButton");
        copyCsv.disableProperty().bind(viewModel.canCopy().not());
        copyCsv.setOnAction(event -> copy(viewModel.csv(), "CSV"));
        copyStatus.setId("copyStatus");
        copyStatus.getStyleClass().add(Styles.MUTED);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox toolbar = new HBox(heading("Results"), spacer, copyStatus, copyMarkdown, copyCsv);
        toolbar.getStyleClass().add(Styles.VIEW_TOOLBAR);

        Label nothingChosen = hint("Choose a run on the left to see its pass rates per mode.");
        nothingChosen.setId("resultsHint");
        panes.setId("resultPanes");
        panes.getChildren().add(nothingChosen);
        viewModel.results().addListener((ListChangeListener<RunResult>) change -> showResults(nothingChosen));
        ScrollPane scroll = new ScrollPane(panes);
        scroll.setFitToHeight(false);
        scroll.setFitToWidth(true);
        VBox right = new VBox(toolbar, scroll);
        right.getStyleClass().add(Styles.VIEW);
        VBox.setVgrow(scroll, Priority.ALWAYS);

        getItems().addAll(left, right);
        setDividerPositions(0.28);
    }

    private void showResults(Label nothingChosen) {
        panes.getChildren().clear();
        copyStatus.setText("");
        if (viewModel.results().isEmpty()) {
            panes.getChildren().add(nothingChosen);
        }
        for (RunResult result : viewModel.results()) {
            RunResultPane pane = new RunResultPane(result, this::copyTable, viewModel.instructionLabels());
            HBox.setHgrow(pane, Priority.ALWAYS);
            pane.setMinWidth(viewModel.results().size() > 1 ? 620 : Region.USE_COMPUTED_SIZE);
            panes.getChildren().add(pane);
        }
    }

    private void selectInList() {
        if (syncing) {
            return;
        }
        syncing = true;
        runList.getSelectionModel().clearSelection();
        for (Long id : viewModel.selectedRunIds()) {
            for (int i = 0; i < runList.getItems().size(); i++) {
                if (runList.getItems().get(i).id() == id) {
                    runList.getSelectionModel().select(i);
                }
            }
        }
        syncing = false;
    }

    private void copy(String text, String format) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
        int tables = viewModel.results().size();
        copyStatus.setText("Copied " + tables + (tables == 1 ? " table" : " tables") + " as " + format);
    }

    private void copyTable(String text, String what) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
        copyStatus.setText("Copied " + what);
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.SECTION_TITLE);
        return label;
    }

    private static Label hint(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add(Styles.MUTED);
        return label;
    }
}
