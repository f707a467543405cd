package org.tracelab.app.ui.explorer;

import static org.tracelab.app.ui.TableSizing.keepWidth;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Point2D;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.event.MouseOverTextEvent;
import org.tracelab.app.ui.Styles;
import org.tracelab.core.flags.FlagKind;
import org.tracelab.core.trace.Attempt;
import org.tracelab.core.trace.Message;
import org.tracelab.core.verify.InstructionVerdict;
import org.tracelab.storage.StoredAttempt;

/**
 * One attempt: its output with every violating span marked (hover shows why), the task's prompt, the verdict on
 * each instruction (strict and loose), the raw request messages and flags, each with a copy button. The marks
 * were computed off the FX thread with the chain ({@link ChainDetail#evidenceOf}); here they only become styles.
 */
final class AttemptView extends VBox {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration HOVER_DELAY = Duration.ofMillis(250);

    private final ChainDetailModel model;
    private final Label title = new Label();
    private final Label flags = new Label();
    private final Label provenance = new Label();
    private final StyleClassedTextArea output = textArea("outputArea");
    private final StyleClassedTextArea prompt = textArea("promptArea");
    private final TableView<InstructionVerdict> verdicts = new TableView<>();
    private final TextArea request = new TextArea();
    private final Popup popup = new Popup();
    private final Label popupText = new Label();
    private List<EvidenceMark> marks = List.of();

    private final javafx.beans.value.ObservableValue<String> phrase;
    private final Label verdictPlaceholder = new Label();

    /** @param phrase the explorer's full-text search phrase (null or blank: none), highlighted in the output */
    AttemptView(ChainDetailModel model, javafx.beans.value.ObservableValue<String> phrase) {
        this.model = model;
        this.phrase = phrase;
        setId("attemptView");
        title.setId("attemptTitle");
        title.getStyleClass().add(Styles.FACET_TITLE);
        flags.setId("attemptFlags");
        flags.getStyleClass().add(Styles.FLAG_QUALITY);
        provenance.setId("attemptProvenance");
        provenance.getStyleClass().add(Styles.FLAG_PROVENANCE);
        Button copyOutput = copyButton("copyOutputButton", "Copy output", output::getText);
        Button copyPrompt = copyButton("copyPromptButton", "Copy prompt", prompt::getText);
        Button copyRequest = copyButton("copyRequestButton", "Copy request", request::getText);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        title.setMinWidth(Region.USE_PREF_SIZE);
        // The copy buttons keep their width; long flag lines wrap below the title instead of squeezing them.
        HBox titleRow = new HBox(8, title, spacer, copyOutput, copyPrompt, copyRequest);
        titleRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        for (Label line : new Label[] {flags, provenance}) {
            line.setWrapText(true);
            line.setMinHeight(Region.USE_PREF_SIZE);
        }
        VBox header = new VBox(2, titleRow, flags, provenance);
        header.getStyleClass().add(Styles.CHAIN_HEADER);

        verdicts.setId("verdictTable");
        verdicts.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        verdicts.getColumns().add(keepWidth(column("#", verdict -> String.valueOf(verdict.index()), 34, false), 34));
        verdicts.getColumns().add(column("Instruction", InstructionVerdict::instructionId, 230, false));
        verdicts.getColumns().add(keepWidth(column("Strict", verdict -> verdict.strict() ? "✓" : "✗", 58, true), 58));
        verdicts.getColumns().add(keepWidth(column("Loose", verdict -> verdict.loose() ? "✓" : "✗", 58, true), 58));
        verdicts.getColumns()
                .add(keepWidth(
                        column(
                                "Loose variant",
                                verdict -> verdict.looseVariant() == null
                                        ? "–"
                                        : verdict.looseVariant().name().toLowerCase(java.util.Locale.ROOT),
                                104,
                                false),
                        104));
        verdicts.getColumns().add(column("Explanation", InstructionVerdict::explanation, 240, false));
        verdicts.getColumns().get(0).getStyleClass().add(Styles.NUMERIC);
        verdictPlaceholder.setId("verdictPlaceholder");
        verdictPlaceholder.setWrapText(true);
        verdicts.setPlaceholder(verdictPlaceholder);

        request.setId("requestText");
        request.setEditable(false);
        request.setWrapText(true);

        TabPane tabs = new TabPane(
                tab("Verdicts", verdicts),
                tab("Prompt", new VirtualizedScrollPane<>(prompt)),
                tab("Request messages", request));
        tabs.setId("attemptTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        SplitPane body = new SplitPane(new VirtualizedScrollPane<>(output), tabs);
        body.setId("attemptBody");
        body.setDividerPositions(0.45);
        VBox.setVgrow(body, Priority.ALWAYS);
        getChildren().addAll(header, body);

        popupText.setId("evidenceExplanation");
        popupText.getStyleClass().add(Styles.EVIDENCE_POPUP);
        popup.getContent().add(popupText);
        popup.setAutoHide(true);
        output.setMouseOverTextDelay(HOVER_DELAY);
        output.addEventHandler(
                MouseOverTextEvent.MOUSE_OVER_TEXT_BEGIN,
                event -> explain(event.getCharacterIndex(), event.getScreenPosition()));
        output.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_END, event -> popup.hide());

        model.selectedAttempt().addListener((obs, old, attempt) -> show(attempt));
        phrase.addListener((obs, old, now) -> restyle());
        model.detail()
                .addListener((obs, old, detail) ->
                        prompt.replaceText(detail == null ? "" : detail.task().prompt()));
        show(model.selectedAttempt().get());
    }

    /** The explanation shown for a character of the output, or null when it is not evidence. */
    String explanationAt(int index) {
        return marks.stream()
                .filter(mark -> mark.contains(index))
                .findFirst()
                .map(mark -> String.join("\n", mark.notes()))
                .orElse(null);
    }

    private void show(StoredAttempt stored) {
        popup.hide();
        ChainDetail detail = model.detail().get();
        if (stored == null || detail == null) {
            marks = List.of();
            title.setText("No attempt open");
            flags.setText("");
            verdictPlaceholder.setText(
                    detail == null
                            ? "Open a chain, then an attempt, to see its verdicts."
                            : "Click an attempt above to see its verdict on each instruction.");
            provenance.setText("");
            output.replaceText("");
            verdicts.getItems().clear();
            request.setText("");
            return;
        }
        Attempt attempt = stored.attempt();
        AttemptFacts facts = AttemptFacts.of(stored);
        Integer finalIndex = detail.chain().finalAttemptIndex();
        boolean isFinal = finalIndex != null && finalIndex == attempt.index();
        title.setText("Attempt " + facts.title() + (isFinal ? " · final answer" : "") + " · " + facts.outcomeText()
                + " · " + facts.instructions());
        // What is wrong with the text stands out; where it came from is shown quietly below it.
        Set<String> quality = FlagKind.qualityFlags(attempt.flags());
        List<String> origins =
                attempt.flags().stream().filter(flag -> !quality.contains(flag)).toList();
        flags.setText(quality.isEmpty() ? "no quality flags" : "quality flags: " + String.join(", ", quality));
        provenance.setText(origins.isEmpty() ? "" : "provenance: " + String.join(", ", origins));
        verdictPlaceholder.setText(
                attempt.error() != null
                        ? "Not verified: the call failed (" + attempt.error().kind()
                                + "), so there was no answer to check."
                        : "Not verified: this attempt has no verdicts (an import without instruction lists).");
        marks = detail.evidenceOf(stored);
        output.replaceText(attempt.output());
        restyle();
        output.moveTo(0);
        output.requestFollowCaret();
        verdicts.getItems().setAll(attempt.verdicts());
        request.setText(requestJson(attempt.request()));
    }

    private void explain(int index, Point2D screen) {
        String text = explanationAt(index);
        if (text == null || getScene() == null) {
            return;
        }
        popupText.setText(text);
        popup.getScene().getStylesheets().setAll(getScene().getStylesheets());
        popup.show(output, screen.getX() + 8, screen.getY() + 14);
    }

    /** Marks the evidence and the search phrase's hits in the shown output. */
    private void restyle() {
        String text = output.getText();
        if (!text.isEmpty()) {
            output.setStyleSpans(0, OutputHighlighting.of(text, marks, phrase.getValue()));
        }
    }

    private static String requestJson(List<Message> messages) {
        try {
            return JSON.writerWithDefaultPrettyPrinter()
                    .writeValueAsString(messages.stream()
                            .map(message -> Map.of("role", message.role(), "content", message.content()))
                            .toList());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("request messages are always JSON-writable", e);
        }
    }

    private static StyleClassedTextArea textArea(String id) {
        StyleClassedTextArea area = new StyleClassedTextArea();
        area.setId(id);
        area.setEditable(false);
        area.setWrapText(true);
        area.getStyleClass().add(Styles.ATTEMPT_TEXT);
        return area;
    }

    private static Tab tab(String text, javafx.scene.Node content) {
        return new Tab(text, content);
    }

    private static Button copyButton(String id, String text, java.util.function.Supplier<String> value) {
        Button button = new Button(text);
        button.setId(id);
        button.setOnAction(event -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(value.get());
            Clipboard.getSystemClipboard().setContent(content);
        });
        return button;
    }

    private static TableColumn<InstructionVerdict, String> column(
            String title,
            java.util.function.Function<InstructionVerdict, String> text,
            double width,
            boolean verdictStyled) {
        TableColumn<InstructionVerdict, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(text.apply(cell.getValue())));
        column.setPrefWidth(width);
        if (verdictStyled) {
            column.setCellFactory(col -> new TableCell<>() {
                @Override
                protected void updateItem(String value, boolean empty) {
                    super.updateItem(value, empty);
                    getStyleClass().removeAll(Styles.VERDICT_PASS, Styles.VERDICT_FAIL);
                    setText(empty ? null : value);
                    if (!empty && value != null) {
                        getStyleClass().add(value.startsWith("✓") ? Styles.VERDICT_PASS : Styles.VERDICT_FAIL);
                    }
                }
            });
        }
        return column;
    }
}
