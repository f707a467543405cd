package org.tracelab.app.ui.charts;

import javafx.scene.Node;
import javafx.scene.chart.XYChart;

/**
 * Colours chart series by what they show ({@link org.tracelab.app.ui.Palette}), not by their position in the
 * chart: JavaFX's default colours follow series order, so the same category would change colour from one chart to
 * the next. Apply after the series was added to its chart (its nodes exist then); a bar added later is coloured as
 * it appears.
 */
public final class SeriesColors {

    private SeriesColors() {}

    /** Every bar of {@code series}, present and future, filled with {@code color} (a palette variable). */
    public static <X, Y> void bars(XYChart.Series<X, Y> series, String color) {
        String style = "-fx-bar-fill: " + color + ";";
        series.getData().forEach(data -> style(data.getNode(), style));
        series.getData().forEach(data -> data.nodeProperty().addListener((obs, old, node) -> style(node, style)));
        series.getData().addListener((javafx.collections.ListChangeListener<XYChart.Data<X, Y>>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(data -> {
                    style(data.getNode(), style);
                    data.nodeProperty().addListener((obs, old, node) -> style(node, style));
                });
            }
        });
    }

    /** The line of {@code series} in {@code color}; the chart must not draw symbols. */
    public static <X, Y> void line(XYChart.Series<X, Y> series, String color) {
        style(series.getNode(), "-fx-stroke: " + color + ";");
        series.nodeProperty().addListener((obs, old, node) -> style(node, "-fx-stroke: " + color + ";"));
    }

    private static void style(Node node, String style) {
        if (node != null) {
            node.setStyle(style);
        }
    }
}
