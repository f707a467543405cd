package org.tracelab.app.ui.shell;

import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import org.tracelab.app.ui.Theme;

/** The main window's menus: File, View and Help, each item with its id and shortcut. */
final class MainMenus {

    private final MainWindow window;
    private final MainViewModel viewModel;

    MainMenus(MainWindow window, MainViewModel viewModel) {
        this.window = window;
        this.viewModel = viewModel;
    }

    MenuBar menuBar() {
        MenuBar bar = new MenuBar(file(), view(), help());
        bar.setId("menuBar");
        return bar;
    }

    private Menu file() {
        MenuItem openStore = item("openStoreMenuItem", "Open store…", "Shortcut+O", window::openStore);
        openStore.disableProperty().bind(viewModel.jobs().busy());
        MenuItem newStore = item("newStoreMenuItem", "New store…", "Shortcut+N", window::newStore);
        newStore.disableProperty().bind(viewModel.jobs().busy());
        return new Menu(
                "File",
                null,
                openStore,
                newStore,
                new SeparatorMenuItem(),
                item("importMenuItem", "Import traces…", "Shortcut+I", window::openImport),
                item("newTaskSetMenuItem", "New task set…", "Shortcut+T", window::openNewTaskSet),
                item("benchmarkMenuItem", "Run a benchmark…", "Shortcut+B", window::openBenchmark),
                item("exportMenuItem", "Export dataset…", "Shortcut+E", () -> window.openExport(null)),
                new SeparatorMenuItem(),
                item("quitMenuItem", "Quit", "Shortcut+Q", window::quit));
    }

    private Menu view() {
        Menu view = new Menu("View");
        int key = 1;
        for (Section section : Section.values()) {
            view.getItems()
                    .add(item(
                            "view" + section.title() + "MenuItem",
                            section.title(),
                            "Shortcut+" + key++,
                            () -> viewModel.show(section)));
        }
        CheckMenuItem dark = new CheckMenuItem("Dark theme");
        dark.setId("darkThemeMenuItem");
        dark.setSelected(viewModel.theme().get() == Theme.DARK);
        viewModel.theme().addListener((obs, old, theme) -> dark.setSelected(theme == Theme.DARK));
        dark.setOnAction(event -> viewModel.setTheme(dark.isSelected() ? Theme.DARK : Theme.LIGHT));
        view.getItems().addAll(new SeparatorMenuItem(), dark);
        return view;
    }

    private Menu help() {
        MenuItem samples = item(
                "openSamplesMenuItem",
                "Open the illustrative sample store",
                null,
                () -> viewModel.samples().open());
        samples.disableProperty().bind(viewModel.jobs().busy());
        Menu help = new Menu(
                "Help",
                null,
                item("userGuideMenuItem", "User guide", null, window::openUserGuide),
                item("shortcutsMenuItem", "Keyboard shortcuts", "F1", window::shortcuts),
                item("logFolderMenuItem", "Open log folder", null, window::openLogFolder),
                new SeparatorMenuItem(),
                samples,
                new SeparatorMenuItem(),
                item("aboutMenuItem", "About Tracelab", null, window::about));
        help.setId("helpMenu");
        return help;
    }

    private static MenuItem item(String id, String text, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setMnemonicParsing(false);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(event -> action.run());
        return item;
    }
}
