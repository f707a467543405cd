package org.tracelab.app.ui.diff;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.tracelab.app.ui.Styles;
import org.tracelab.core.diff.ChangedSpan;
import org.tracelab.core.diff.Hunk;
import org.tracelab.core.diff.TextDiff;
import org.tracelab.core.diff.VerdictChange;
import org.tracelab.storage.StoredAttempt;

/**
 * Two attempts side by side: pickers for any two of the offered attempts (one chain's, or several chains' across
 * modes, seeds, forks and runs), each attempt's header, its read-only text
 * with the changed words marked ({@value Styles#DIFF_DELETED} on the left, {@value Styles#DIFF_INSERTED} on the
 * right), scrolling kept in step, and the per-instruction verdict changes below. Lays out and binds a
 * {@link DiffViewModel}; it decides nothing itself. Embed it anywhere, or open it in its own window with
 * {@link DiffWindow}.
 */
public final class DiffView extends BorderPane {

    private final DiffViewModel viewModel;
    private final ComboBox<StoredAttempt> leftPicker;
    private final ComboBox<StoredAttempt> rightPicker;
    private final StyleClassedTextArea leftText = textArea("diffLeftText");
    private final StyleClassedTextArea rightText = textArea("diffRightText");
    private final ScrollSync scrollSync;
    private final ListChangeListener<StoredAttempt> choicesListener = change -> showPickedPair();
    private final ChangeListener<StoredAttempt> pairListener = (obs, old, now) -> showPickedPair();
    private final ChangeListener<DiffContent> contentListener = (obs, old, now) -> showContent(now);
    private boolean updatingPickers;

    public DiffView(DiffViewModel viewModel) {
        this.viewModel = viewModel;
        this.leftPicker = picker("diffLeftPicker", viewModel);
        this.rightPicker = picker("diffRightPicker", viewModel);
        setId("diffView");
        getStyleClass().add(Styles.DIFF_VIEW);

        VirtualizedScrollPane<StyleClassedTextArea> leftPane = new VirtualizedScrollPane<>(leftText);
        VirtualizedScrollPane<StyleClassedTextArea> rightPane = new VirtualizedScrollPane<>(rightText);
        scrollSync = new ScrollSync(leftText, leftPane, rightText, rightPane);
        SplitPane texts = new SplitPane(
                side("diffLeftHeader", viewModel.leftHeader(), leftPane),
                side("diffRightHeader", viewModel.rightHeader(), rightPane));
        texts.setId("diffTexts");

        SplitPane body = new SplitPane(texts, verdicts());
        body.setOrientation(Orientation.VERTICAL);
        body.setDividerPositions(0.72);
        setTop(toolbar());
        setCenter(body);

        viewModel.choices().addListener(choicesListener);
        viewModel.left().addListener(pairListener);
        viewModel.right().addListener(pairListener);
        viewModel.content().addListener(contentListener);
        showPickedPair();
        showContent(viewModel.content().get());
    }

    /** Stops following the view model, so a view model that outlives this view does not keep it alive. */
    public void dispose() {
        viewModel.choices().removeListener(choicesListener);
        viewModel.left().removeListener(pairListener);
        viewModel.right().removeListener(pairListener);
        viewModel.content().removeListener(contentListener);
    }

    /** Which side's scrolling currently moves the other; for tests. */
    StyleClassedTextArea scrollDriver() {
        return (StyleClassedTextArea) scrollSync.driver();
    }

    private VBox toolbar() {
        leftPicker.setOnAction(event -> pick());
        rightPicker.setOnAction(event -> pick());
        leftPicker.setTooltip(new Tooltip("The attempt on the left (the 'before' side)"));
        rightPicker.setTooltip(new Tooltip("The attempt on the right (the 'after' side)"));
        Button swap = new Button("⇄");
        swap.setId("diffSwapButton");
        swap.setTooltip(new Tooltip("Swap the two sides"));
        swap.setOnAction(event -> viewModel.swap());
        swap.disableProperty().bind(viewModel.left().isNull());

        Button previous = new Button("Previous change");
        previous.setId("diffPreviousButton");
        previous.setOnAction(event -> viewModel.previousChange().ifPresent(this::reveal));
        Button next = new Button("Next change");
        next.setId("diffNextButton");
        next.setOnAction(event -> viewModel.nextChange().ifPresent(this::reveal));
        previous.disableProperty().bind(viewModel.content().isNull());
        next.disableProperty().bind(viewModel.content().isNull());

        ProgressIndicator busy = new ProgressIndicator();
        busy.setId("diffBusy");
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(viewModel.computing());
        busy.managedProperty().bind(busy.visibleProperty());
        Label status = new Label();
        status.setId("diffStatus");
        status.getStyleClass().add(Styles.MUTED);
        status.textProperty().bind(viewModel.status());

        Label leftLabel = new Label("Left");
        Label rightLabel = new Label("Right");
        for (Control fixed : List.of(leftLabel, rightLabel, swap, previous, next)) {
            fixed.setMinWidth(Region.USE_PREF_SIZE); // the pickers give way first, never the labels and buttons
        }
        // Attempts of other chains carry their chain's tag, so the pickers get the width and the steps a row below.
        leftPicker.setPrefWidth(360);
        rightPicker.setPrefWidth(360);
        HBox pickers = new HBox(leftLabel, leftPicker, swap, rightLabel, rightPicker);
        pickers.getStyleClass().add(Styles.VIEW_TOOLBAR);
        HBox steps = new HBox(previous, next, busy, status);
        steps.getStyleClass().add(Styles.VIEW_TOOLBAR);
        return new VBox(4, pickers, steps);
    }

    private static VBox side(String headerId, ObservableValue<String> header, VirtualizedScrollPane<?> pane) {
        Label label = new Label();
        label.setId(headerId);
        label.getStyleClass().add(Styles.DIFF_HEADER);
        label.textProperty().bind(header);
        label.setMaxWidth(Double.MAX_VALUE);
        VBox.setVgrow(pane, Priority.ALWAYS);
        return new VBox(label, pane);
    }

    private VBox verdicts() {
        TableView<VerdictChangeRow> table = new TableView<>(viewModel.verdictChanges());
        table.setId("diffVerdictTable");
        table.getColumns().add(column("#", row -> row.index(), 40));
        table.getColumns().add(column("Instruction", VerdictChangeRow::instructionId, 260));
        table.getColumns().add(changeColumn("Strict", VerdictChangeRow::strict));
        table.getColumns().add(changeColumn("Loose", VerdictChangeRow::loose));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label placeholder = new Label();
        placeholder.textProperty().bind(viewModel.verdictNote());
        table.setPlaceholder(placeholder);
        Label title = new Label("Verdict changes, left → right");
        title.getStyleClass().add(Styles.DIFF_HEADER);
        VBox.setVgrow(table, Priority.ALWAYS);
        return new VBox(title, table);
    }

    private void pick() {
        if (!updatingPickers) {
            viewModel.choose(leftPicker.getValue(), rightPicker.getValue());
        }
    }

    private void showPickedPair() {
        updatingPickers = true;
        try {
            if (!leftPicker.getItems().equals(viewModel.choices())) {
                leftPicker.getItems().setAll(viewModel.choices());
                rightPicker.getItems().setAll(viewModel.choices());
            }
            leftPicker.setValue(viewModel.left().get());
            rightPicker.setValue(viewModel.right().get());
        } finally {
            updatingPickers = false;
        }
    }

    private void showContent(DiffContent content) {
        if (content == null) {
            leftText.clear();
            rightText.clear();
            return;
        }
        show(leftText, content.leftText(), content.diff().map(TextDiff::left), Styles.DIFF_DELETED);
        show(rightText, content.rightText(), content.diff().map(TextDiff::right), Styles.DIFF_INSERTED);
    }

    private static void show(
            StyleClassedTextArea area, String text, Optional<List<ChangedSpan>> spans, String styleClass) {
        if (!area.getText().equals(text)) {
            area.replaceText(text);
            area.moveTo(0);
        }
        if (text.isEmpty()) {
            return;
        }
        if (spans.isPresent()) {
            area.setStyleSpans(0, DiffHighlighting.of(text.length(), spans.get(), styleClass));
        } else {
            area.clearStyle(0, text.length());
        }
    }

    /** Selects the change on both sides and scrolls each to it; scrolling stays apart until the mouse is used. */
    private void reveal(Hunk change) {
        scrollSync.pause();
        leftText.selectRange(change.leftStart(), change.leftEnd());
        rightText.selectRange(change.rightStart(), change.rightEnd());
        leftText.requestFollowCaret();
        rightText.requestFollowCaret();
    }

    private static ComboBox<StoredAttempt> picker(String id, DiffViewModel viewModel) {
        ComboBox<StoredAttempt> picker = new ComboBox<>();
        picker.setId(id);
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(StoredAttempt attempt) {
                return viewModel.label(attempt);
            }

            @Override
            public StoredAttempt fromString(String text) {
                return null;
            }
        });
        return picker;
    }

    private static StyleClassedTextArea textArea(String id) {
        StyleClassedTextArea area = new StyleClassedTextArea();
        area.setId(id);
        area.getStyleClass().add(Styles.DIFF_TEXT);
        area.setEditable(false);
        area.setWrapText(true);
        return area;
    }

    private static <T> TableColumn<VerdictChangeRow, T> column(
            String title, Function<VerdictChangeRow, T> value, double width) {
        TableColumn<VerdictChangeRow, T> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    /** A fixed or broken verdict is coloured (and worded), so it stands out without relying on colour. */
    private static TableColumn<VerdictChangeRow, VerdictChange> changeColumn(
            String title, Function<VerdictChangeRow, VerdictChange> value) {
        TableColumn<VerdictChangeRow, VerdictChange> column = column(title, value, 130);
        column.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(VerdictChange change, boolean empty) {
                super.updateItem(change, empty);
                getStyleClass().removeAll(Styles.VERDICT_FIXED, Styles.VERDICT_BROKEN);
                setText(empty || change == null ? null : change.label());
                if (change == VerdictChange.FIXED) {
                    getStyleClass().add(Styles.VERDICT_FIXED);
                } else if (change == VerdictChange.BROKEN) {
                    getStyleClass().add(Styles.VERDICT_BROKEN);
                }
            }
        });
        return column;
    }
}
