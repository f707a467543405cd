package org.tracelab.app.ui.runs;

import java.util.function.Supplier;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;

/**
 * What can be done to a run from wherever it is listed (the Runs table, the Results list): the shell implements
 * it, the views offer it in a context menu ({@link #menu}) and on keys (F2 renames, Delete deletes).
 */
public interface RunActions {

    void showResults(long runId);

    void explore(long runId);

    void pairs(long runId);

    void export(long runId);

    void rename(RunRow run);

    void notes(RunRow run);

    /** Asks first; a run a benchmark is writing cannot be deleted. */
    void delete(RunRow run);

    /** A context menu on the run {@code selected} gives when it opens (its items do nothing when it gives null). */
    default ContextMenu menu(String idPrefix, Supplier<RunRow> selected) {
        MenuItem results = item(
                idPrefix + "ResultsItem",
                "Show results",
                () -> showResults(selected.get().id()));
        MenuItem explore = item(
                idPrefix + "ExploreItem",
                "Explore chains",
                () -> explore(selected.get().id()));
        MenuItem pairs = item(
                idPrefix + "PairsItem",
                "Curate pairs",
                () -> pairs(selected.get().id()));
        MenuItem export = item(
                idPrefix + "ExportItem",
                "Export dataset…",
                () -> export(selected.get().id()));
        MenuItem rename = item(idPrefix + "RenameItem", "Rename…", () -> rename(selected.get()));
        rename.setAccelerator(new KeyCodeCombination(KeyCode.F2));
        MenuItem notes = item(idPrefix + "NotesItem", "Notes…", () -> notes(selected.get()));
        MenuItem delete = item(idPrefix + "DeleteItem", "Delete run…", () -> delete(selected.get()));
        delete.setAccelerator(new KeyCodeCombination(KeyCode.DELETE));
        ContextMenu menu = new ContextMenu(
                results,
                explore,
                pairs,
                export,
                new SeparatorMenuItem(),
                rename,
                notes,
                new SeparatorMenuItem(),
                delete);
        menu.setId(idPrefix + "Menu");
        menu.setOnShowing(event -> menu.getItems().forEach(item -> item.setDisable(selected.get() == null)));
        return menu;
    }

    private static MenuItem item(String id, String text, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setMnemonicParsing(false);
        item.setOnAction(event -> action.run());
        return item;
    }
}
