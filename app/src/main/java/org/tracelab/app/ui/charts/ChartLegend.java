package org.tracelab.app.ui.charts;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import org.tracelab.app.ui.Styles;

/**
 * A chart's legend built from the same palette colours as its series, so an entry and its series can never
 * disagree (JavaFX's own legend colours entries by series position). The chart's own legend is switched off;
 * the chart keeps a reference to this one under {@link #KEY}, where the views' checks find it.
 */
public final class ChartLegend extends FlowPane {

    /** The key of this legend in its chart's properties. */
    public static final String KEY = "tracelab.legend";

    private final Map<String, String> entries = new LinkedHashMap<>();

    /** A legend for {@code chart}, which stops drawing its own. */
    public ChartLegend(XYChart<?, ?> chart) {
        super(14, 4);
        getStyleClass().add(Styles.CHART_LEGEND);
        chart.setLegendVisible(false);
        chart.getProperties().put(KEY, this);
        if (chart.getId() != null) {
            setId(chart.getId() + "-legend");
        }
    }

    /** Adds an entry for the series named {@code name} drawn in {@code color}; once per name. */
    public void add(String name, String color) {
        if (entries.putIfAbsent(name, color) != null) {
            return;
        }
        Region swatch = new Region();
        swatch.getStyleClass().add(Styles.LEGEND_SWATCH);
        swatch.setStyle("-fx-background-color: " + color + ";");
        Label entry = new Label(name, swatch);
        entry.setMinWidth(Region.USE_PREF_SIZE);
        entry.getStyleClass().add(Styles.LEGEND_ENTRY);
        getChildren().add(entry);
    }

    /** Removes every entry. */
    public void clear() {
        entries.clear();
        getChildren().clear();
    }

    /** The entries, series name to palette colour, in order. */
    public Map<String, String> entries() {
        return Map.copyOf(entries);
    }
}
