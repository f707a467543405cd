package org.tracelab.app.ui.runs;

import java.util.Locale;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.tracelab.app.service.store.RunService;
import org.tracelab.app.ui.Dialogs;

/**
 * The dialogs of run management: rename, notes, and the confirmation before a run is deleted. Each is built here
 * and shown by the caller ({@code showAndWait} in the app; {@code show} where a tool looks at it), so it can be
 * checked like any other window.
 */
public final class RunDialogs {

    /** The delete button of the confirmation: not the default, so Enter does not delete. */
    public static final ButtonType DELETE = new ButtonType("Delete run", ButtonBar.ButtonData.OTHER);

    private RunDialogs() {}

    /** Asks for a run's new name; the result is the stripped name, empty when cancelled or unchanged. */
    public static TextInputDialog rename(Window owner, RunRow run) {
        TextInputDialog dialog = Dialogs.themed(new TextInputDialog(run.name()), owner);
        dialog.setHeaderText("Rename run #" + run.id());
        dialog.setContentText("Name");
        dialog.getDialogPane().setId("renameRunDialog");
        TextField field = dialog.getEditor();
        field.setId("runNameEditor");
        field.setPrefColumnCount(40);
        dialog.getDialogPane()
                .lookupButton(ButtonType.OK)
                .disableProperty()
                .bind(field.textProperty()
                        .map(text -> text.isBlank() || text.strip().length() > RunService.MAX_NAME_LENGTH)
                        .orElse(true));
        Platform.runLater(field::selectAll);
        return dialog;
    }

    /** The new name chosen in {@code dialog}, when it differs from the run's. */
    public static Optional<String> newName(TextInputDialog dialog, RunRow run) {
        return dialog.showAndWait().map(String::strip).filter(name -> !name.isEmpty() && !name.equals(run.name()));
    }

    /** Edits a run's notes; the result is the new text (blank clears them), empty when cancelled. */
    public static Dialog<String> notes(Window owner, RunRow run) {
        Dialog<String> dialog = Dialogs.themed(new Dialog<>(), owner);
        dialog.setHeaderText("Notes on run #" + run.id() + " " + run.name());
        TextArea text = new TextArea(run.notes() == null ? "" : run.notes());
        text.setId("runNotesEditor");
        text.setWrapText(true);
        text.setPrefRowCount(8);
        text.setPrefColumnCount(50);
        text.setPromptText("What changed in this run, what to remember about it…");
        dialog.getDialogPane()
                .setContent(
                        new VBox(6, new Label("Kept with the run in the store; shown in the " + "Runs list."), text));
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().setId("runNotesDialog");
        dialog.setResultConverter(button -> button == ButtonType.OK ? text.getText() : null);
        Platform.runLater(text::requestFocus);
        return dialog;
    }

    /**
     * Asks before deleting a run, naming what goes: {@code size} is {@code [chains, attempts]}. Cancel is the
     * default button.
     */
    public static Alert confirmDelete(Window owner, RunRow run, long[] size) {
        Alert alert = Dialogs.themed(new Alert(Alert.AlertType.WARNING, "", DELETE, ButtonType.CANCEL), owner);
        alert.setHeaderText("Delete run #" + run.id() + " " + run.name() + "?");
        Label text = new Label(String.format(
                Locale.ROOT,
                "Its %,d chains and %,d attempts, with their verdicts, "
                        + "flags, curation decisions and notes, are removed from the store. Exported files are not touched. "
                        + "The store's space is given back in the background. This cannot be undone.",
                size[0],
                size[1]));
        text.setWrapText(true);
        text.setMinHeight(Region.USE_PREF_SIZE);
        text.setPrefWidth(460);
        alert.getDialogPane().setContent(text);
        alert.getDialogPane().setId("deleteRunDialog");
        alert.getDialogPane().lookupButton(DELETE).setId("confirmDeleteRunButton");
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(ButtonType.CANCEL)).setDefaultButton(true);
        return alert;
    }
}
