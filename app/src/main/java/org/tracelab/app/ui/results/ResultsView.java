package org.tracelab.app.ui.results;

import java.util.List;
import java.util.function.BiConsumer;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.tracelab.app.ui.Styles;
import org.tracelab.app.ui.runs.RunActions;
import org.tracelab.app.ui.runs.RunRow;
import org.tracelab.storage.StoredRunGroup;

/**
 * The Results section: runs on the left (Ctrl/Shift-click to put them side by side, two can be compared task by
 * task) and run groups below them, their tables and charts on the right.
 */
public final class ResultsView extends SplitPane {

    private final ResultsViewModel viewModel;
    private final ListView<RunRow> runList;
    private final ListView<StoredRunGroup> groupList = new ListView<>();
    private final HBox panes = new HBox(16);
    private final Label copyStatus = new Label();
    private boolean syncing;

    /** @param compareTasks opens Compare with the two chosen runs, by id */
    public ResultsView(ResultsViewModel viewModel, RunActions actions, BiConsumer<Long, Long> compareTasks) {
        this.viewModel = viewModel;
        setId("resultsView");

        // When the runs are read again (a new run appeared), the list drops its selection while it takes the new
        // rows: that is not the person choosing nothing. Listeners before and after the list's own hold the choice.
        viewModel.runs().addListener((ListChangeListener<RunRow>) change -> syncing = true);
        runList = new ListView<>(viewModel.runs());
        viewModel.runs().addListener((ListChangeListener<RunRow>) change -> {
            syncing = false;
            selectInList();
        });
        runList.setId("resultsRunList");
        runList.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        runList.setCellFactory(list -> new ListCell<>() {
            {
                setWrapText(true);
                prefWidthProperty().bind(list.widthProperty().subtract(18));
            }

            @Override
            protected void updateItem(RunRow run, boolean empty) {
                super.updateItem(run, empty);
                setText(empty || run == null ? null : run.label() + "\n" + run.modes() + " · seeds " + run.seeds());
            }
        });
        runList.setContextMenu(
                actions.menu("results", () -> runList.getSelectionModel().getSelectedItem()));
        runList.setPlaceholder(new Label("No runs yet: import traces from the Runs section."));
        runList.getSelectionModel().getSelectedItems().addListener((ListChangeListener<RunRow>) change -> {
            if (!syncing) {
                syncing = true;
                List<Long> ids = List.copyOf(runList.getSelectionModel().getSelectedItems()).stream()
                        .map(RunRow::id)
                        .toList();
                if (!ids.isEmpty() || viewModel.selectedGroup().get() == null) {
                    groupList.getSelectionModel().clearSelection();
                    viewModel.select(ids);
                }
                syncing = false;
            }
        });
        viewModel.selectedRunIds().addListener((ListChangeListener<Long>) change -> selectInList());
        groupList.setItems(viewModel.groups());
        groupList.setId("resultsGroupList");
        groupList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(StoredRunGroup group, boolean empty) {
                super.updateItem(group, empty);
                setText(
                        empty || group == null
                                ? null
                                : group.name() + "\nruns "
                                        + String.join(
                                                ", ",
                                                group.runIds().stream()
                                                        .map(String::valueOf)
                                                        .toList()));
            }
        });
        groupList.setPlaceholder(hint("No groups: select runs of one experiment in Runs › Group…"));
        groupList.setPrefHeight(120);
        groupList.getSelectionModel().selectedItemProperty().addListener((obs, old, group) -> {
            if (!syncing && group != null) {
                syncing = true;
                runList.getSelectionModel().clearSelection();
                syncing = false;
                viewModel.selectGroup(group);
            }
        });
        viewModel.selectedGroup().addListener((obs, old, group) -> {
            if (syncing) {
                return;
            }
            syncing = true;
            if (group == null) {
                groupList.getSelectionModel().clearSelection();
            } else {
                runList.getSelectionModel().clearSelection();
                groupList.getItems().stream()
                        .filter(g -> g.id() == group.id())
                        .findFirst()
                        .ifPresent(g -> groupList.getSelectionModel().select(g));
            }
            syncing = false;
        });
        Button deleteGroup = new Button("Delete group");
        deleteGroup.setId("deleteGroupButton");
        deleteGroup.setTooltip(new Tooltip("Delete the chosen group; its runs stay"));
        deleteGroup
                .disableProperty()
                .bind(groupList.getSelectionModel().selectedItemProperty().isNull());
        deleteGroup.setOnAction(
                event -> viewModel.deleteGroup(groupList.getSelectionModel().getSelectedItem()));
        VBox left = new VBox(
                8,
                heading("Runs"),
                hint("Ctrl-click to compare runs side by side."),
                runList,
                heading("Run groups"),
                groupList,
                deleteGroup);
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
        Button compareButton = new Button("Compare task by task");
        compareButton.setId("compareTasksButton");
        compareButton.setTooltip(new Tooltip("Open the two chosen runs in Compare: which tasks each fixed or broke"));
        compareButton.disableProperty().bind(viewModel.canCompareTasks().not());
        compareButton.setOnAction(event -> compareTasks.accept(
                viewModel.selectedRunIds().get(0), viewModel.selectedRunIds().get(1)));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        copyMarkdown.setMinWidth(Region.USE_PREF_SIZE);
        copyCsv.setMinWidth(Region.USE_PREF_SIZE);
        compareButton.setMinWidth(Region.USE_PREF_SIZE);
        HBox toolbar = new HBox(heading("Results"), spacer, copyStatus, compareButton, copyMarkdown, copyCsv);
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

        left.setMinWidth(180);
        getItems().addAll(left, right);
        // The list needs the room of a run's name, not a third of the window: the tables need it more.
        setDividerPositions(0.2);
        SplitPane.setResizableWithParent(left, false);
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
            if (viewModel.results().size() > 1) {
                pane.keepTablesWhole(); // side by side: the panes scroll sideways together rather than cut a table
            }
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
