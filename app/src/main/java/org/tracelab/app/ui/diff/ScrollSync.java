package org.tracelab.app.ui.diff;

import javafx.scene.Node;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import org.fxmisc.richtext.GenericStyledArea;

/**
 * Keeps two text areas scrolled to the same relative height. Only the side the person is using (the last one
 * the mouse entered or scrolled) drives the other; the follower's own scroll changes are ignored, so the two
 * can never chase each other. {@link #pause()} stops following until the mouse is used on a side again, which
 * lets "next change" place both sides on an aligned change independently.
 */
final class ScrollSync {

    /** Changes smaller than this (in pixels) are rounding in the height estimates, not scrolling. */
    private static final double TOLERANCE = 0.5;

    private final GenericStyledArea<?, ?, ?> left;
    private final GenericStyledArea<?, ?, ?> right;
    private GenericStyledArea<?, ?, ?> driver;

    ScrollSync(GenericStyledArea<?, ?, ?> left, Node leftPane, GenericStyledArea<?, ?, ?> right, Node rightPane) {
        this.left = left;
        this.right = right;
        this.driver = left;
        watch(left, leftPane);
        watch(right, rightPane);
    }

    /** The side whose scrolling moves the other, null while paused. */
    GenericStyledArea<?, ?, ?> driver() {
        return driver;
    }

    void pause() {
        driver = null;
    }

    private void watch(GenericStyledArea<?, ?, ?> area, Node pane) {
        // Filters, not handlers: the scroll bars and the area consume their events.
        pane.addEventFilter(MouseEvent.MOUSE_ENTERED_TARGET, event -> driver = area);
        pane.addEventFilter(ScrollEvent.ANY, event -> driver = area);
        area.estimatedScrollYProperty().addListener((obs, old, y) -> {
            if (driver == area) {
                follow(area, area == left ? right : left);
            }
        });
    }

    private static void follow(GenericStyledArea<?, ?, ?> from, GenericStyledArea<?, ?, ?> to) {
        double fraction = Math.min(1, scrollY(from) / scrollable(from));
        double target = fraction * scrollable(to);
        if (Math.abs(scrollY(to) - target) > TOLERANCE) {
            to.estimatedScrollYProperty().setValue(target);
        }
    }

    private static double scrollable(GenericStyledArea<?, ?, ?> area) {
        Double total = area.totalHeightEstimateProperty().getValue();
        return Math.max(1, (total == null ? 0 : total) - area.getViewportHeight());
    }

    private static double scrollY(GenericStyledArea<?, ?, ?> area) {
        Double y = area.estimatedScrollYProperty().getValue();
        return y == null ? 0 : y;
    }
}
