package org.tracelab.app.ui;

import javafx.scene.control.Dialog;
import javafx.stage.Window;

/** What every small dialog of the app shares: its owner, and the owner's stylesheets (so the theme reaches it). */
public final class Dialogs {

    private Dialogs() {}

    /** Owns {@code dialog} by {@code owner} and styles it as the owner is styled; returns it. */
    public static <D extends Dialog<?>> D themed(D dialog, Window owner) {
        dialog.setTitle("Tracelab");
        if (owner != null) {
            dialog.initOwner(owner);
            if (owner.getScene() != null) {
                dialog.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
            }
        }
        dialog.setResizable(true);
        return dialog;
    }
}
