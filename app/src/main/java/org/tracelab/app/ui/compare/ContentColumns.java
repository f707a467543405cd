package org.tracelab.app.ui.compare;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.FontWeight;
import org.tracelab.app.ui.Styles;
import org.tracelab.app.ui.TableSizing;

/**
 * Text columns sized to what they hold: each column as wide as its header and its longest cell (measured, never
 * guessed from a character count), so no cell is cut; figures right-aligned ({@link Styles#NUMERIC}).
 */
final class ContentColumns {

    /** Cell padding and the room the header's sort arrow would take. */
    private static final double PADDING = 26;

    private ContentColumns() {}

    static <S> TableColumn<S, String> text(String title, Function<S, String> value, boolean numeric) {
        TableColumn<S, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setUserData(value);
        column.setSortable(false);
        if (numeric) {
            column.getStyleClass().add(Styles.NUMERIC);
        }
        fit(column, List.of());
        return column;
    }

    /** Widens (never narrows) every text column made by {@link #text} to its header and the longest of {@code rows}. */
    @SuppressWarnings("unchecked")
    static <S> void fit(TableView<S> table, List<S> rows) {
        for (TableColumn<S, ?> column : table.getColumns()) {
            if (column.getUserData() instanceof Function<?, ?> value) {
                fit(
                        (TableColumn<S, String>) column,
                        rows.stream().map((Function<S, String>) value).toList());
            }
        }
    }

    private static <S> void fit(TableColumn<S, String> column, List<String> cells) {
        // The few longest texts, measured: in a proportional font the longest in characters need not be the widest.
        double widest = cells.stream()
                .distinct()
                .sorted((x, y) -> Integer.compare(y.length(), x.length()))
                .limit(5)
                .mapToDouble(cell -> measure(cell, FontWeight.NORMAL))
                .max()
                .orElse(0);
        String header = column.getText().isEmpty() && column.getGraphic() instanceof Label label
                ? label.getText()
                : column.getText();
        double width = Math.max(measure(header, FontWeight.BOLD), widest) + PADDING;
        if (width > column.getMinWidth()) {
            column.setMinWidth(width);
            column.setPrefWidth(width);
        }
    }

    private static double measure(String text, FontWeight weight) {
        return TableSizing.textWidth(text, weight == FontWeight.BOLD);
    }
}
