package org.tracelab.app.ui;

import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.layout.Region;

/**
 * A table cell whose text wraps onto more lines (the row grows) instead of being cut, for the few free-text
 * columns (flags, notes) whose width is what the table has left.
 */
public final class WrappingCell<S> extends TableCell<S, String> {

    /** Cell padding on both sides, so the wrapped text never touches the next column. */
    private static final double PADDING = 12;

    private final Label text = new Label();

    public WrappingCell() {
        text.setWrapText(true);
        text.setMinHeight(Region.USE_PREF_SIZE);
        tableColumnProperty().addListener((observable, was, column) -> {
            text.prefWidthProperty().unbind();
            if (column != null) {
                text.prefWidthProperty().bind(column.widthProperty().subtract(PADDING));
            }
        });
    }

    @Override
    protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        setText(null);
        text.setText(empty || item == null ? "" : item);
        setGraphic(empty || item == null || item.isEmpty() ? null : text);
    }
}
