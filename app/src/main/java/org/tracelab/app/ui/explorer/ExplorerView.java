package org.tracelab.app.ui.explorer;

import javafx.event.EventHandler;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextInputControl;
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
    private final EventHandler<KeyEvent> keys = this::onKey;

    public ExplorerView(ExplorerViewModel viewModel) {
        this.viewModel = viewModel;
        setId("explorerView");

        ScrollPane filters = new ScrollPane(new FilterPanel(viewModel));
        filters.setId("filterScroll");
        filters.setFitToWidth(true);
        filters.setMinWidth(240);

        Label hint = new Label("↑↓ chains · ←→ attempts · D diff · C compare with… · I include pair · X exclude pair");
        hint.getStyleClass().add(Styles.MUTED);
        ChainTable table = new ChainTable(viewModel);
        VBox list = new VBox(6, table, hint);
        list.getStyleClass().add(Styles.VIEW);
        VBox.setVgrow(table, Priority.ALWAYS);

        SplitPane right = new SplitPane(list, new ChainPane(viewModel));
        right.setId("explorerRight");
        right.setOrientation(Orientation.VERTICAL);
        right.setDividerPositions(0.34);

        getItems().addAll(filters, right);
        setDividerPositions(0.25);
        SplitPane.setResizableWithParent(filters, false);
        // On the scene, not the view: after a click on a link that is then replaced, nothing has the focus and
        // keys go to the scene itself.
        sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) {
                old.removeEventFilter(KeyEvent.KEY_PRESSED, keys);
            }
            if (scene != null) {
                scene.addEventFilter(KeyEvent.KEY_PRESSED, keys);
            }
        });
    }

    private void onKey(KeyEvent event) {
        if (!isVisible()
                || !ours(event.getTarget())
                || typingIn(event.getTarget())
                || event.isShortcutDown()
                || event.isAltDown()) {
            return;
        }
        boolean handled = true;
        switch (event.getCode()) {
            case UP -> viewModel.selectPreviousChain();
            case DOWN -> viewModel.selectNextChain();
            case LEFT -> viewModel.selectPreviousAttempt();
            case RIGHT -> viewModel.selectNextAttempt();
            case D -> viewModel.openDiff();
            case C -> viewModel.compareWith();
            case I -> viewModel.includePair();
            case X -> viewModel.excludePair();
            default -> handled = false;
        }
        if (handled) {
            event.consume();
        }
    }

    /** Keys for this view: aimed at one of its nodes, or at the scene when no node has the focus. */
    private boolean ours(Object target) {
        if (target instanceof javafx.scene.Scene) {
            return true;
        }
        for (Node node = target instanceof Node start ? start : null; node != null; node = node.getParent()) {
            if (node == this) {
                return true;
            }
        }
        return false;
    }

    /** Keys typed into a text field (the search) are text, and an open drop-down's arrows choose in it. */
    private static boolean typingIn(Object target) {
        return target instanceof TextInputControl text && text.isEditable()
                || target instanceof GenericStyledArea<?, ?, ?> area && area.isEditable()
                || target instanceof ComboBoxBase<?> box && box.isShowing()
                || target instanceof Node node && node.getParent() instanceof TextInputControl;
    }
}
