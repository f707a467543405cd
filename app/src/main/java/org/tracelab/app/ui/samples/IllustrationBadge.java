package org.tracelab.app.ui.samples;

import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import org.tracelab.app.ui.Styles;

/** The label on every run of hand-written illustrations, so none is taken for model output. */
public final class IllustrationBadge extends Label {

    public static final String TEXT = "Illustration";
    public static final String EXPLANATION = "Hand-written sample traces, not model output: the answers were written "
            + "by a person to show how chains look; verdicts and flags are Tracelab's. Pass rates say nothing about "
            + "any model.";

    /** The short badge, explained in a tooltip (table rows). */
    public IllustrationBadge() {
        this(TEXT);
    }

    /** A badge with its own text (headings with room for it). */
    public IllustrationBadge(String text) {
        super(text);
        getStyleClass().add(Styles.ILLUSTRATION_BADGE);
        setTooltip(new Tooltip(EXPLANATION));
        setMinWidth(USE_PREF_SIZE);
    }
}
