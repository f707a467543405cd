package org.tracelab.app.ui;

import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * Tables sized to what they show. A table made {@link #toContent} keeps each column as wide as its header and
 * cells need (JavaFX measures the columns left at their default width when the table first shows) and is itself as
 * wide as its columns, never narrower, so nothing is cut or squeezed: when the pane is narrower than the table, the
 * pane scrolls (the table's own scroll bars take no room, base.css). Columns of numbers are right-aligned
 * ({@link Styles#NUMERIC}).
 */
public final class TableSizing {

    /** Figures as tables show them: "1,234", "41.3 ± 2.1", "[38.0, 52.1]", "#12", "–". */
    private static final Pattern NUMBER =
            Pattern.compile("[\\s#\\[\\](),.%±–+\\-/×:0-9]*[0-9–][\\s#\\[\\](),.%±–+" + "\\-/×:0-9]*");

    /** Room for a vertical scroll bar and the border, so a filling last column never forces a horizontal one. */
    private static final double SCROLL_BAR_ROOM = 20;

    private TableSizing() {}

    /** Sizes {@code table}'s columns to their content and the table to its columns; call before it shows. */
    public static <S> void toContent(TableView<S> table) {
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        DoubleBinding columns = Bindings.createDoubleBinding(
                () -> table.getColumns().stream()
                        .mapToDouble(TableColumn::getWidth)
                        .sum(),
                table.getColumns().stream().map(TableColumn::widthProperty).toArray(Observable[]::new));
        // The border and a little room, so the last column never sits under the edge.
        table.prefWidthProperty().bind(columns.add(4));
        table.setMaxWidth(Region.USE_PREF_SIZE);
        table.setMinWidth(Region.USE_PREF_SIZE); // never squeezed: the pane around it scrolls instead
    }

    /** Marks the columns whose every cell in {@code rows} is a number as numeric (right-aligned). */
    public static <S> void alignNumbers(TableView<S> table, List<S> rows, List<Function<S, String>> cells) {
        for (int c = 0; c < table.getColumns().size() && c < cells.size(); c++) {
            Function<S, String> cell = cells.get(c);
            boolean numbers = !rows.isEmpty() && rows.stream().map(cell).allMatch(TableSizing::isNumber);
            if (numbers) {
                table.getColumns().get(c).getStyleClass().add(Styles.NUMERIC);
            }
        }
    }

    /** Whether {@code text} is a figure (so it is right-aligned and never cut). */
    public static boolean isNumber(String text) {
        return text != null && !text.isBlank() && NUMBER.matcher(text.strip()).matches();
    }

    /** A column that keeps {@code width}: the table's resize policy never squeezes it below. */
    public static <S, T> TableColumn<S, T> keepWidth(TableColumn<S, T> column, double width) {
        column.setPrefWidth(width);
        column.setMinWidth(width);
        return column;
    }

    /**
     * Makes {@code last}, the table's last column, take the width the columns before it leave (never less than
     * {@code minWidth}), so a long text column fills the table instead of pushing it past the window. Call after
     * the other columns are added.
     */
    public static <S, T> TableColumn<S, T> fillRemaining(TableView<S> table, TableColumn<S, T> last, double minWidth) {
        List<TableColumn<S, ?>> others =
                table.getColumns().stream().filter(column -> column != last).toList();
        Observable[] widths = Stream.concat(
                        Stream.of(table.widthProperty()), others.stream().map(TableColumn::widthProperty))
                .toArray(Observable[]::new);
        last.setMinWidth(minWidth);
        last.prefWidthProperty()
                .bind(Bindings.createDoubleBinding(
                        () -> Math.max(
                                minWidth,
                                table.getWidth()
                                        - others.stream()
                                                .mapToDouble(TableColumn::getWidth)
                                                .sum()
                                        - SCROLL_BAR_ROOM),
                        widths));
        return last;
    }

    /** The table font's size in the theme (base.css). */
    private static final double FONT_SIZE = 13;

    /** The width {@code text} takes in the table font, bold for headers. */
    public static double textWidth(String text, boolean bold) {
        Text node = new Text(text);
        node.setFont(Font.font(Font.getDefault().getFamily(), bold ? FontWeight.BOLD : FontWeight.NORMAL, FONT_SIZE));
        return Math.ceil(node.getLayoutBounds().getWidth());
    }
}
