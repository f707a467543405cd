package org.tracelab.app.ui.shell;

import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.tracelab.app.ui.Styles;

/** A section that part 2 of the desktop app builds; says plainly what will be there. */
final class PlannedView extends VBox {

    PlannedView(String id, String title, String whatWillBeHere) {
        setId(id);
        getStyleClass().add(Styles.PLANNED_VIEW);
        Label heading = new Label(title);
        heading.getStyleClass().add(Styles.SECTION_TITLE);
        Label badge = new Label("Not built yet — coming in part 2 of the desktop app");
        badge.getStyleClass().add(Styles.PLANNED_BADGE);
        Label text = new Label(whatWillBeHere);
        text.setWrapText(true);
        text.setMaxWidth(560);
        text.getStyleClass().add(Styles.MUTED);
        getChildren().addAll(heading, badge, text);
    }

    static PlannedView pairs() {
        return new PlannedView("pairsPlaceholder", "Pairs",
                "Here you will curate training pairs: the chosen and rejected attempts of the current filter, "
                        + "include or exclude them with a note, and export DPO, SFT or KTO files.");
    }
}
