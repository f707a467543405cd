package org.tracelab.app.ui.pairs;

import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.tracelab.app.service.pairs.PairTexts;
import org.tracelab.app.ui.Styles;
import org.tracelab.app.ui.TableSizing;
import org.tracelab.app.ui.WrappingCell;
import org.tracelab.core.export.PairOrigin;
import org.tracelab.core.trace.CurationState;

/**
 * The Pairs section: filters on top, the pair candidates in a table (both ranks and the margin, quality flags
 * standing out and provenance flags quiet), and below it the selected pair's whole prompt and both answers side by
 * side as a word diff, each answer's broken instructions underlined, with Include / Exclude / Clear and a note.
 * {@code I} and {@code X} in the table include and exclude the selected pair, {@code N} goes to the next undecided
 * one. Lays out and binds a {@link PairsViewModel}; it decides nothing itself.
 */
public final class PairsView extends VBox {

    public PairsView(PairsViewModel viewModel, Consumer<Long> openExport) {
        setId("pairsView");
        getStyleClass().add(Styles.VIEW);

        FlowPane filters = new FlowPane(
                8,
                6,
                Choices.runs("pairsRunChoice", null, viewModel.runs(), viewModel.runId()),
                Choices.of("pairsModeChoice", "Any mode", viewModel.modes(), Function.identity(), viewModel.mode()),
                Choices.of(
                        "pairsInstructionChoice",
                        "Any instruction",
                        viewModel.instructionIds(),
                        Function.identity(),
                        viewModel.instructionId()),
                Choices.of(
                        "pairsOriginChoice",
                        "Any origin",
                        FXCollections.observableArrayList(PairOrigin.values()),
                        origin -> origin.id().replace('_', ' '),
                        viewModel.origin()),
                Choices.of(
                        "pairsFlagChoice",
                        null,
                        FXCollections.observableArrayList(FlagChoice.values()),
                        FlagChoice::toString,
                        viewModel.flagged()),
                Choices.of(
                        "pairsCurationChoice",
                        "Any decision",
                        FXCollections.observableArrayList(CurationState.values()),
                        PairsView::describe,
                        viewModel.curation()));
        Label title = new Label("Pairs");
        title.getStyleClass().add(Styles.SECTION_TITLE);

        ProgressBar progress = new ProgressBar();
        progress.setId("pairsProgress");
        progress.progressProperty().bind(viewModel.progress());
        progress.visibleProperty().bind(viewModel.loading());
        Button cancel = button("cancelPairsButton", "Stop", viewModel::cancelLoading);
        cancel.visibleProperty().bind(viewModel.loading());
        Label message = new Label();
        message.setId("pairsMessage");
        message.getStyleClass().add(Styles.MUTED);
        message.textProperty().bind(viewModel.message());
        Label summary = new Label();
        summary.setId("pairsSummary");
        summary.textProperty().bind(viewModel.summary());
        Button refresh = button("refreshPairsButton", "Refresh", viewModel::refresh);
        Button includeAll = button("includeAllButton", "Include all filtered", viewModel::includeAll);
        Button excludeAll = button("excludeAllButton", "Exclude all filtered", viewModel::excludeAll);
        includeAll.disableProperty().bind(viewModel.hasRows().not().or(viewModel.loading()));
        excludeAll.disableProperty().bind(includeAll.disableProperty());
        Button export = button(
                "pairsExportButton",
                "Export…",
                () -> openExport.accept(viewModel.runId().get()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        // The buttons keep their width; what the listing says wraps on its own line below them.
        for (Button button : new Button[] {cancel, refresh, includeAll, excludeAll, export}) {
            button.setMinWidth(Region.USE_PREF_SIZE);
        }
        progress.managedProperty().bind(progress.visibleProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        summary.setWrapText(true);
        message.setWrapText(true);
        HBox.setHgrow(summary, Priority.ALWAYS);
        summary.setMaxWidth(Double.MAX_VALUE);
        HBox status = new HBox(8, summary, progress, cancel, message, spacer, refresh, includeAll, excludeAll, export);
        status.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        status.getStyleClass().add(Styles.VIEW_TOOLBAR);
        HBox.setHgrow(filters, Priority.ALWAYS);
        title.setMinWidth(Region.USE_PREF_SIZE);

        TableView<PairRow> table = table(viewModel);
        SplitPane split = new SplitPane(table, detail(viewModel));
        split.setId("pairsSplit");
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.55);
        VBox.setVgrow(split, Priority.ALWAYS);
        HBox top = new HBox(12, title, filters);
        top.setAlignment(javafx.geometry.Pos.TOP_LEFT);
        getChildren().addAll(top, status, split);
    }

    private static TableView<PairRow> table(PairsViewModel viewModel) {
        TableView<PairRow> table = new TableView<>(viewModel.rows());
        table.setId("pairsTable");
        table.setPlaceholder(new Label("No pair candidates: choose a run, or widen the filter."));
        // Widths fit the texts they hold at 1280 px; the note takes what is left and wraps.
        table.getColumns().add(column("Task", 56, PairRow::task));
        table.getColumns().add(column("Chosen", 205, PairRow::chosen));
        table.getColumns().add(column("Rejected", 205, PairRow::rejected));
        table.getColumns().add(column("Ranks", 56, PairRow::ranks));
        table.getColumns().add(column("Margin", 196, PairRow::margin));
        table.getColumns().add(column("Origin", 86, PairRow::origin));
        table.getColumns().add(flagsColumn());
        TableColumn<PairRow, String> decision = new TableColumn<>("Decision");
        decision.setPrefWidth(84);
        decision.setCellValueFactory(cell -> Bindings.createStringBinding(
                () -> describe(cell.getValue().state()), cell.getValue().curation()));
        TableColumn<PairRow, String> note = new TableColumn<>("Note");
        note.setCellValueFactory(cell -> Bindings.createStringBinding(
                cell.getValue()::note, cell.getValue().curation()));
        note.setCellFactory(column -> new WrappingCell<>());
        table.getColumns().addAll(decision, note);
        TableSizing.fillRemaining(table, note, 100);
        table.getSelectionModel()
                .selectedItemProperty()
                .addListener((obs, old, row) -> viewModel.selected().set(row));
        javafx.scene.control.MenuItem include = menuItem("pairIncludeItem", "Include (I)", viewModel::include);
        javafx.scene.control.MenuItem exclude = menuItem("pairExcludeItem", "Exclude (X)", viewModel::exclude);
        javafx.scene.control.MenuItem clear = menuItem("pairClearItem", "Clear decision", viewModel::clear);
        javafx.scene.control.MenuItem copyChosen =
                menuItem("pairCopyChosenItem", "Copy chosen text", () -> copy(viewModel, PairTexts::chosen));
        javafx.scene.control.MenuItem copyRejected =
                menuItem("pairCopyRejectedItem", "Copy rejected text", () -> copy(viewModel, PairTexts::rejected));
        javafx.scene.control.ContextMenu menu = new javafx.scene.control.ContextMenu(
                include, exclude, clear, new javafx.scene.control.SeparatorMenuItem(), copyChosen, copyRejected);
        menu.setId("pairMenu");
        menu.setOnShowing(event -> menu.getItems()
                .forEach(item -> item.setDisable(!viewModel.hasSelection().get())));
        table.setContextMenu(menu);
        viewModel.selected().addListener((obs, old, row) -> {
            if (row == null) {
                table.getSelectionModel().clearSelection();
            } else if (table.getSelectionModel().getSelectedItem() != row) {
                table.getSelectionModel().select(row);
            }
        });
        table.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.isShortcutDown() || event.isAltDown()) {
                return;
            }
            if (event.getCode() == KeyCode.I) {
                viewModel.include();
                event.consume();
            } else if (event.getCode() == KeyCode.X) {
                viewModel.exclude();
                event.consume();
            } else if (event.getCode() == KeyCode.N) {
                viewModel.selectNextUndecided();
                event.consume();
            }
        });
        return table;
    }

    private static VBox detail(PairsViewModel viewModel) {
        Button include = button("includePairButton", "Include (I)", viewModel::include);
        Button exclude = button("excludePairButton", "Exclude (X)", viewModel::exclude);
        Button clear = button("clearPairButton", "Clear", viewModel::clear);
        for (Button button : new Button[] {include, exclude, clear}) {
            button.disableProperty().bind(viewModel.hasSelection().not());
        }
        TextField note = new TextField();
        note.setId("pairNoteField");
        note.setPromptText("Note on this pair (saved on Enter or when leaving the field)");
        note.textProperty().bindBidirectional(viewModel.note());
        note.disableProperty().bind(viewModel.hasSelection().not());
        note.setOnAction(event -> viewModel.commitNote());
        note.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                viewModel.commitNote();
            }
        });
        HBox.setHgrow(note, Priority.ALWAYS);
        HBox actions = new HBox(8, include, exclude, clear, note);

        TextArea prompt = new TextArea();
        prompt.setId("pairPrompt");
        prompt.setEditable(false);
        prompt.setWrapText(true);
        prompt.setPrefRowCount(3);
        prompt.textProperty().bind(text(viewModel, PairTexts::prompt, "Select a pair to see its texts."));
        StyleClassedTextArea chosen = answerArea("chosenText");
        StyleClassedTextArea rejected = answerArea("rejectedText");
        viewModel.comparison().addListener((obs, old, now) -> show(now, chosen, rejected));
        Label ranks = new Label();
        ranks.setId("pairRanks");
        ranks.getStyleClass().add(Styles.MUTED);
        ranks.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> viewModel.selected().get() == null
                                ? ""
                                : "Chosen rank "
                                        + viewModel
                                                .selected()
                                                .get()
                                                .pair()
                                                .ranking()
                                                .chosenRank() + ", rejected rank "
                                        + viewModel
                                                .selected()
                                                .get()
                                                .pair()
                                                .ranking()
                                                .rejectedRank() + " in task "
                                        + viewModel.selected().get().task() + ": "
                                        + viewModel.selected().get().margin()
                                        + ". Changed words are marked; what breaks an instruction is underlined.",
                        viewModel.selected()));
        ranks.setWrapText(true);
        VBox chosenBox = new VBox(4, heading("Chosen"), new VirtualizedScrollPane<>(chosen));
        VBox rejectedBox = new VBox(4, heading("Rejected"), new VirtualizedScrollPane<>(rejected));
        VBox.setVgrow(chosenBox.getChildren().get(1), Priority.ALWAYS);
        VBox.setVgrow(rejectedBox.getChildren().get(1), Priority.ALWAYS);
        HBox.setHgrow(chosenBox, Priority.ALWAYS);
        HBox.setHgrow(rejectedBox, Priority.ALWAYS);
        HBox texts = new HBox(8, chosenBox, rejectedBox);
        VBox.setVgrow(texts, Priority.ALWAYS);
        VBox detail = new VBox(8, actions, heading("Prompt"), prompt, ranks, texts);
        detail.setId("pairDetail");
        return detail;
    }

    /** Both answers, each with its side of the word diff and the evidence of what it breaks. */
    private static void show(PairComparison comparison, StyleClassedTextArea chosen, StyleClassedTextArea rejected) {
        if (comparison == null) {
            chosen.replaceText("");
            rejected.replaceText("");
            return;
        }
        PairTexts texts = comparison.texts();
        chosen.replaceText(texts.chosen());
        rejected.replaceText(texts.rejected());
        if (!texts.chosen().isEmpty()) {
            chosen.setStyleSpans(
                    0,
                    PairHighlighting.of(
                            texts.chosen().length(),
                            comparison.diff().right(),
                            Styles.DIFF_INSERTED,
                            comparison.chosenEvidence()));
        }
        if (!texts.rejected().isEmpty()) {
            rejected.setStyleSpans(
                    0,
                    PairHighlighting.of(
                            texts.rejected().length(),
                            comparison.diff().left(),
                            Styles.DIFF_DELETED,
                            comparison.rejectedEvidence()));
        }
        chosen.moveTo(0);
        rejected.moveTo(0);
        chosen.requestFollowCaret();
        rejected.requestFollowCaret();
    }

    private static StyleClassedTextArea answerArea(String id) {
        StyleClassedTextArea area = new StyleClassedTextArea();
        area.setId(id);
        area.setEditable(false);
        area.setWrapText(true);
        area.getStyleClass().addAll(Styles.DIFF_TEXT, Styles.PAIR_TEXT);
        return area;
    }

    /**
     * Both sides' flags in one cell: quality flags (what an export leaves out) first and in the warning colour,
     * provenance flags (where a text came from) after them, muted; each kind wraps on its own line when long.
     */
    private static TableColumn<PairRow, PairRow> flagsColumn() {
        TableColumn<PairRow, PairRow> column = new TableColumn<>("Flags");
        column.setPrefWidth(150);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        column.setCellFactory(col -> new TableCell<>() {
            private final Label quality = flagLabel(Styles.FLAG_QUALITY);
            private final Label provenance = flagLabel(Styles.FLAG_PROVENANCE);
            private final VBox both = new VBox(quality, provenance);

            @Override
            protected void updateItem(PairRow row, boolean empty) {
                super.updateItem(row, empty);
                setText(null);
                if (empty || row == null) {
                    setGraphic(null);
                    return;
                }
                show(quality, row.qualityFlags());
                show(provenance, row.provenance());
                setGraphic(both);
            }
        });
        return column;
    }

    private static Label flagLabel(String styleClass) {
        Label label = new Label();
        label.getStyleClass().add(styleClass);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }

    private static void show(Label label, String flags) {
        label.setText(flags);
        label.setVisible(!flags.isEmpty());
    }

    private static ObservableValue<String> text(
            PairsViewModel viewModel, Function<PairTexts, String> part, String none) {
        return Bindings.createStringBinding(
                () -> viewModel.texts().get() == null
                        ? (viewModel.hasSelection().get() ? "Reading…" : none)
                        : part.apply(viewModel.texts().get()),
                viewModel.texts(),
                viewModel.hasSelection());
    }

    static String describe(CurationState state) {
        return switch (state) {
            case INCLUDED -> "included";
            case EXCLUDED -> "excluded";
            case NONE -> "undecided";
        };
    }

    private static TableColumn<PairRow, String> column(String title, double width, Function<PairRow, String> value) {
        TableColumn<PairRow, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }

    private static javafx.scene.control.MenuItem menuItem(String id, String text, Runnable action) {
        javafx.scene.control.MenuItem item = new javafx.scene.control.MenuItem(text);
        item.setId(id);
        item.setMnemonicParsing(false);
        item.setOnAction(event -> action.run());
        return item;
    }

    private static void copy(PairsViewModel viewModel, Function<PairTexts, String> part) {
        PairTexts texts = viewModel.texts().get();
        if (texts != null) {
            javafx.scene.input.ClipboardContent content = new javafx.scene.input.ClipboardContent();
            content.putString(part.apply(texts));
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
        }
    }

    private static Button button(String id, String text, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setOnAction(event -> action.run());
        return button;
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.MUTED);
        return label;
    }
}
