package org.tracelab.app.ui.runs;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;

/**
 * The "Run a benchmark" entry point. The benchmark dialog needs the runner, which has not landed yet, so the
 * button is disabled and says so; a wrapper carries the tooltip because disabled controls show none.
 */
public final class BenchmarkAction {

    public static final String UNAVAILABLE = "available once the runner lands";

    private BenchmarkAction() {
    }

    /** A disabled button with the given id, wrapped so its tooltip still shows on hover. */
    public static Node disabledButton(String id, String text) {
        Button button = new Button(text);
        button.setId(id);
        button.setDisable(true);
        Tooltip tooltip = new Tooltip(UNAVAILABLE);
        button.setTooltip(tooltip);
        StackPane wrapper = new StackPane(button);
        wrapper.setId(id + "Wrapper");
        Tooltip.install(wrapper, tooltip);
        return wrapper;
    }
}
