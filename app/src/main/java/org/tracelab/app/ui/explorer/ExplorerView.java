package org.tracelab.app.ui.explorer;

import javafx.scene.Node;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextInputControl;
import javafx.geometry.Orientation;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.fxmisc.richtext.GenericStyledArea;
import org.tracelab.app.ui.Styles;

/**
 * The Explorer section: filters on the left, the chain list above, the open chain and attempt below. Keys (when
 * no text field has the focus): Up/Down move through the chains, Left/Right through the attempts, D opens the
 * diff of A and B, I and X include or exclude them as a pair. Each has a mouse equivalent.
 */
public final class ExplorerView extends SplitPane {

    private final ExplorerViewModel viewModel;

    public ExplorerView(ExplorerViewModel viewModel) {
        this.viewModel = viewModel;
        setId("explorerView");

        ScrollPane filters = new ScrollPane(new FilterPanel(viewModel));
        filters.setId("filterScroll");
        filters.setFitToWidth(true);
        filters.setMinWidth(220);

        Label hint = new Label("↑↓ chains · ←→ attempts · D diff · I include pair · X exclude pair");
        hint.getStyleClass().add(Styles.MUTED);
        ChainTable table = new ChainTable(viewModel);
        VBox list = new VBox(6, table, hint);
        list.getStyleClass().add(Styles.VIEW);
        VBox.setVgrow(table, Priority.ALWAYS);

        SplitPane right = new SplitPane(list, new ChainPane(viewModel));
        right.setOrientation(Orientation.VERTICAL);
        right.setDividerPositions(0.34);

        getItems().addAll(filters, right);
        setDividerPositions(0.22);
        SplitPane.setResizableWithParent(filters, false);
        addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
    }

    private void onKey(KeyEvent event) {
        if (typingIn(event.getTarget()) || event.isShortcutDown() || event.isAltDown()) {
            return;
        }
        boolean handled = true;
        switch (event.getCode()) {
            case UP -> viewModel.selectPreviousChain();
            case DOWN -> viewModel.selectNextChain();
            case LEFT -> viewModel.selectPreviousAttempt();
            case RIGHT -> viewModel.selectNextAttempt();
            case D -> viewModel.openDiff();
            case I -> viewModel.includePair();
            case X -> viewModel.excludePair();
            default -> handled = false;
        }
        if (handled) {
            event.consume();
        }
    }

    /** Keys typed into a text field (the search) are text, and a drop-down's arrows choose in it: not commands. */
    private static boolean typingIn(Object target) {
        return target instanceof TextInputControl text && text.isEditable()
                || target instanceof GenericStyledArea<?, ?, ?> area && area.isEditable()
                || target instanceof ComboBoxBase<?>
                || target instanceof Node node && node.getParent() instanceof TextInputControl;
    }
}
