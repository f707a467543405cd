package org.tracelab.app.screenshots;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.chart.XYChart;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableView;
import javafx.scene.layout.Region;
import javafx.scene.paint.Paint;
import javafx.scene.shape.Shape;
import javafx.scene.text.Text;
import org.tracelab.app.ui.Styles;
import org.tracelab.app.ui.charts.ChartLegend;

/**
 * Finds what a person would see as broken in a laid-out scene: a visible label, button, header or cell whose text
 * the skin cut with an ellipsis (cells of tables and lists only when they hold a number: a long name may be cut
 * there, a figure never), a results table that scrolls (its figures clipped or rows hidden; sideways only
 * allowed when runs stand side by side), and a chart legend
 * entry whose colour is not its series' colour. Call on the FX thread
 * after layout.
 */
public final class LayoutGuard {

    /** A number as tables show them: "1,234", "41.3 ± 2.1", "[38.0, 52.1]", "#12", "0.063", "12,345 ms". */
    private static final Pattern NUMBER =
            Pattern.compile("[\\s#\\[\\](),.%±–+\\-/×:0-9]*[0-9][\\s#\\[\\](),.%±–+\\-/×:0-9]*(\\s?(ms|s|%|KiB|pp))?");

    private LayoutGuard() {}

    /** Every problem in {@code scene}, one line each, naming the node; empty when it looks right. */
    public static List<String> problems(Scene scene) {
        scene.getRoot().applyCss();
        scene.getRoot().layout();
        List<String> problems = new ArrayList<>();
        visit(scene.getRoot(), false, problems);
        return problems;
    }

    private static void visit(Node node, boolean scrolled, List<String> problems) {
        if (!node.isVisible() || node.getOpacity() == 0) {
            return;
        }
        if (node instanceof Labeled labeled) {
            truncation(labeled).ifPresent(problems::add);
            invisibleText(labeled).ifPresent(problems::add);
            if (!scrolled) {
                outside(labeled).ifPresent(problems::add);
            }
        }
        boolean inScroller = scrolled
                || node instanceof javafx.scene.control.ScrollPane
                || node instanceof javafx.scene.control.skin.VirtualFlow<?>;
        if (node instanceof XYChart<?, ?> chart) {
            legend(chart, problems);
        }
        if (node instanceof TableView<?> table && table.getStyleClass().contains(Styles.RESULTS_TABLE)) {
            scrollBars(table, problems);
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                visit(child, inScroller, problems);
            }
        }
    }

    /** The problem when {@code labeled} lies (partly) outside its window, not inside anything that scrolls. */
    static Optional<String> outside(Labeled labeled) {
        if (labeled.getScene() == null || labeled.getWidth() <= 0) {
            return Optional.empty();
        }
        javafx.geometry.Bounds bounds = labeled.localToScene(labeled.getLayoutBounds());
        double width = labeled.getScene().getWidth();
        if (bounds.getMaxX() > width + 1 || bounds.getMinX() < -1) {
            return Optional.of("outside the window: '" + labeled.getText() + "' spans x " + Math.round(bounds.getMinX())
                    + " to " + Math.round(bounds.getMaxX()) + " of " + Math.round(width) + " (" + describe(labeled)
                    + ")");
        }
        return Optional.empty();
    }

    /** The problem when {@code labeled}'s text is painted in its own background colour (a blank box). */
    static Optional<String> invisibleText(Labeled labeled) {
        if (labeled.getText() == null
                || labeled.getText().isBlank()
                || labeled.getBackground() == null
                || labeled.getBackground().getFills().isEmpty()) {
            return Optional.empty();
        }
        Paint background = labeled.getBackground().getFills().get(0).getFill();
        if (Objects.equals(background, labeled.getTextFill())) {
            return Optional.of("invisible: '" + labeled.getText() + "' in its background's colour " + background + " ("
                    + describe(labeled) + ")");
        }
        return Optional.empty();
    }

    /** The problem when the skin shows {@code labeled}'s text cut short. */
    static Optional<String> truncation(Labeled labeled) {
        String text = labeled.getText();
        String ellipsis = labeled.getEllipsisString();
        if (text == null || text.isEmpty() || ellipsis == null || ellipsis.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> shown = labeled.getChildrenUnmodifiable().stream()
                .filter(Text.class::isInstance)
                .map(child -> ((Text) child).getText())
                .findFirst();
        if (shown.isEmpty() || shown.get().equals(text) || !shown.get().contains(ellipsis) || text.contains(ellipsis)) {
            return Optional.empty();
        }
        if (labeled instanceof IndexedCell<?> && !NUMBER.matcher(text.strip()).matches()) {
            return Optional.empty(); // a long name in a list or table may be cut; its row shows it whole elsewhere
        }
        return Optional.of("cut: '" + shown.get() + "' of '" + text + "' (" + describe(labeled) + ", "
                + Math.round(labeled.getWidth()) + " px wide)");
    }

    private static void legend(XYChart<?, ?> chart, List<String> problems) {
        Map<String, Paint> series = new java.util.HashMap<>();
        for (XYChart.Series<?, ?> one : chart.getData()) {
            seriesColor(one).ifPresent(paint -> series.put(one.getName(), paint));
        }
        if (chart.isLegendVisible()) {
            for (Node item : chart.lookupAll(".chart-legend-item")) {
                if (item instanceof Label entry && entry.getGraphic() instanceof Region symbol) {
                    compare(chart, entry.getText(), fill(symbol), series, problems);
                }
            }
        }
        if (chart.getProperties().get(ChartLegend.KEY) instanceof ChartLegend legend && legend.isVisible()) {
            legend.applyCss();
            for (Node child : legend.getChildren()) {
                if (child instanceof Label entry && entry.getGraphic() instanceof Region swatch) {
                    compare(chart, entry.getText(), fill(swatch), series, problems);
                }
            }
        }
    }

    private static void compare(
            XYChart<?, ?> chart, String name, Paint entry, Map<String, Paint> series, List<String> problems) {
        Paint drawn = series.get(name);
        if (drawn != null && !Objects.equals(drawn, entry)) {
            problems.add("legend: '" + name + "' shows " + entry + " but its series is drawn in " + drawn + " ("
                    + describe(chart) + ")");
        }
    }

    /**
     * A results table is sized to show every row and column: a scroll bar in one means a figure is clipped at its
     * edge (no ellipsis to see) or a row is hidden.
     */
    private static void scrollBars(TableView<?> table, List<String> problems) {
        if (!(table.lookup(".virtual-flow") instanceof Region flow) || flow.getWidth() <= 0) {
            return;
        }
        boolean sideways = false;
        boolean hidden = false;
        for (Node node : table.lookupAll(".scroll-bar")) {
            if (node instanceof ScrollBar bar && bar.isVisible() && bar.getWidth() > 0 && bar.getHeight() > 0) {
                if (bar.getOrientation() == Orientation.HORIZONTAL) {
                    sideways = true;
                } else {
                    hidden = true;
                }
            }
        }
        double columns = table.getColumns().stream()
                .mapToDouble(column -> column.getWidth())
                .sum();
        sideways |= columns > flow.getWidth() + 0.5;
        hidden |= table.getFixedCellSize() > 0
                && table.getFixedCellSize() * table.getItems().size() > flow.getHeight() + 0.5;
        if (table.getParent() instanceof Region pane
                && table.getBoundsInParent().getMaxX() > pane.getWidth() + 1) {
            problems.add("wider than its pane, cut at the edge: " + describe(table) + " ("
                    + Math.round(table.getBoundsInParent().getMaxX()) + " px in " + Math.round(pane.getWidth())
                    + " px)");
        }
        if (sideways && !sideBySide(table)) {
            problems.add("scrolls sideways, columns cut: " + describe(table) + " (columns " + Math.round(columns)
                    + " px in " + Math.round(flow.getWidth()) + " px)");
        }
        if (hidden) {
            problems.add("scrolls, rows hidden: " + describe(table) + " ("
                    + table.getItems().size() + " rows in " + Math.round(flow.getHeight()) + " px)");
        }
    }

    /**
     * Whether the table belongs to one of several run results shown side by side: each gets part of the window, so
     * a wide table may scroll sideways there (the last resort the layout accepts); alone, it must fit.
     */
    private static boolean sideBySide(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (at.getStyleClass().contains(Styles.RUN_RESULT) && at.getParent() != null) {
                return at.getParent().getChildrenUnmodifiable().stream()
                                .filter(sibling -> sibling.getStyleClass().contains(Styles.RUN_RESULT))
                                .count()
                        > 1;
            }
        }
        return false;
    }

    /** The colour a series is drawn in: its line's stroke, or its first bar's fill; empty without nodes. */
    private static Optional<Paint> seriesColor(XYChart.Series<?, ?> series) {
        if (series.getNode() instanceof Shape line) {
            line.applyCss();
            return Optional.ofNullable(line.getStroke());
        }
        return series.getData().stream()
                .map(XYChart.Data::getNode)
                .filter(Region.class::isInstance)
                .map(node -> fill((Region) node))
                .filter(Objects::nonNull)
                .findFirst();
    }

    private static Paint fill(Region region) {
        region.applyCss();
        if (region.getBackground() == null || region.getBackground().getFills().isEmpty()) {
            return null;
        }
        return region.getBackground().getFills().get(0).getFill();
    }

    /** "Label#exportKindLabel in #exportSelectionSection". */
    static String describe(Node node) {
        StringBuilder where = new StringBuilder(node.getClass().getSimpleName());
        if (node.getId() != null) {
            where.append('#').append(node.getId());
        }
        for (Node parent = node.getParent(); parent != null; parent = parent.getParent()) {
            if (parent.getId() != null) {
                return where.append(" in #").append(parent.getId()).toString();
            }
        }
        return where.toString();
    }
}
