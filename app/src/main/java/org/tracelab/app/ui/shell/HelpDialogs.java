package org.tracelab.app.ui.shell;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.tracelab.app.service.AppVersion;
import org.tracelab.app.ui.Dialogs;
import org.tracelab.app.ui.Styles;

/** Help › About and Help › Keyboard shortcuts: built here, shown by the caller. */
public final class HelpDialogs {

    /** Every shortcut of the app: keys, then what they do, by where they work. */
    static final List<List<String>> SHORTCUTS = List.of(
            List.of("Anywhere", ""),
            List.of("Ctrl+O", "Open a store"),
            List.of("Ctrl+N", "New store"),
            List.of("Ctrl+I", "Import traces"),
            List.of("Ctrl+T", "New task set (compose tasks from your own prompts)"),
            List.of("Ctrl+B", "Run a benchmark"),
            List.of("Ctrl+E", "Export a dataset (the run in view)"),
            List.of("Ctrl+1 … Ctrl+5", "Runs, Results, Explorer, Pairs, Compare"),
            List.of("F1", "Keyboard shortcuts"),
            List.of("Ctrl+Q", "Quit"),
            List.of("Runs and Results lists", ""),
            List.of("F2", "Rename the selected run"),
            List.of("Delete", "Delete the selected run (asks first)"),
            List.of("Double-click", "Show the run's results"),
            List.of("Explorer", ""),
            List.of("↑ ↓", "Previous or next chain"),
            List.of("← →", "Previous or next attempt of the chain"),
            List.of("D", "Diff of attempts A and B"),
            List.of("C", "Compare the open attempt with any attempt in the store"),
            List.of("I / X", "Include / exclude A and B as a preference pair"),
            List.of("Pairs", ""),
            List.of("I / X", "Include / exclude the selected pair"),
            List.of("Diff window", ""),
            List.of("Esc", "Close"));

    private HelpDialogs() {}

    /** The version, the Java and JavaFX it runs on, and where its files are. */
    public static Alert about(Window owner, Path store, Path settings, Path logs) {
        Alert alert = Dialogs.themed(new Alert(Alert.AlertType.INFORMATION, "", ButtonType.CLOSE), owner);
        alert.setHeaderText(AppVersion.describe());
        GridPane facts = grid();
        int row = 0;
        row = fact(
                facts,
                row,
                "What it is",
                "Compliance benchmarks for local models; every attempt kept as " + "training data.");
        row = fact(
                facts,
                row,
                "Java",
                System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")");
        row = fact(facts, row, "JavaFX", String.valueOf(System.getProperty("javafx.runtime.version")));
        row = fact(facts, row, "Store", store == null ? "none open" : store.toString());
        row = fact(facts, row, "Settings", String.valueOf(settings));
        fact(facts, row, "Logs", String.valueOf(logs));
        alert.getDialogPane().setContent(facts);
        alert.getDialogPane().setId("aboutDialog");
        alert.getDialogPane().setPrefWidth(640);
        return alert;
    }

    /** The keyboard shortcuts, grouped by where they work. */
    public static Alert shortcuts(Window owner) {
        Alert alert = Dialogs.themed(new Alert(Alert.AlertType.NONE, "", ButtonType.CLOSE), owner);
        alert.setHeaderText("Keyboard shortcuts");
        GridPane keys = grid();
        int row = 0;
        for (List<String> line : SHORTCUTS) {
            if (line.get(1).isEmpty()) {
                Label group = new Label(line.get(0));
                group.getStyleClass().add(Styles.FACET_TITLE);
                keys.add(group, 0, row++, 2, 1);
            } else {
                row = fact(keys, row, line.get(0), line.get(1));
            }
        }
        alert.getDialogPane().setContent(new VBox(keys));
        alert.getDialogPane().setId("shortcutsDialog");
        alert.getDialogPane().setPrefWidth(560);
        return alert;
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(4);
        ColumnConstraints names = new ColumnConstraints();
        names.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(names, values);
        return grid;
    }

    private static int fact(GridPane grid, int row, String name, String value) {
        Label key = new Label(name);
        key.getStyleClass().add(Styles.MUTED);
        key.setMinWidth(Region.USE_PREF_SIZE);
        Label text = new Label(value);
        text.setWrapText(true);
        text.setMinHeight(Region.USE_PREF_SIZE);
        grid.addRow(row, key, text);
        return row + 1;
    }
}
