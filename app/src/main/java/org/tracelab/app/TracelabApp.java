package org.tracelab.app;

import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.stage.Stage;
import org.tracelab.app.service.store.StoreLocation;
import org.tracelab.app.service.workspace.StoreWorkspace;
import org.tracelab.app.ui.FxFileChoosers;
import org.tracelab.app.ui.settings.JsonSettingsFile;
import org.tracelab.app.ui.settings.Settings;
import org.tracelab.app.ui.settings.SettingsStore;
import org.tracelab.app.ui.shell.Desktop;

/**
 * The desktop app's composition root. Opens the store given as {@code --db FILE} (or {@code --db=FILE}), else
 * the default store ({@link StoreLocation}); the store is created if missing, off the FX thread.
 */
public class TracelabApp extends Application {

    /** Threads for short reads (the {@code BROWSE} lane); long jobs have their own. */
    private static final int JOB_THREADS = 2;

    private Path storeFile;
    private SettingsStore settingsStore;
    private Settings settings;
    private Desktop desktop;

    /** Starts the desktop app on {@code store} (null: the default store); blocks until the window closes. */
    public static void launchDesktop(Path store) {
        Application.launch(TracelabApp.class, store == null ? new String[0] : new String[] {"--db=" + store});
    }

    public static void main(String[] args) {
        launch(args);
    }

    /** Runs on the launcher thread, not the FX thread: the settings file is read here. */
    @Override
    public final void init() {
        storeFile = StoreLocation.resolve(storeOption(getParameters().getRaw()));
        JsonSettingsFile file = new JsonSettingsFile(JsonSettingsFile.defaultLocation());
        settingsStore = file;
        settings = file.load();
    }

    @Override
    public final void start(Stage stage) {
        desktop = Desktop.start(
                stage,
                storeFile,
                Desktop.Dependencies.of(
                        StoreWorkspace::open, settingsStore, settings, new FxFileChoosers(), JOB_THREADS));
        started(desktop);
    }

    /**
     * Called on the FX thread once the window shows and the store is being opened: for a tool that drives the app
     * (the screenshot tour of {@code packaging/screenshots.sh}, in the test sources). Does nothing here.
     */
    protected void started(Desktop running) {}

    @Override
    public final void stop() {
        if (desktop != null) {
            desktop.shutdown();
        }
    }

    static Path storeOption(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.startsWith("--db=")) {
                return Path.of(arg.substring("--db=".length()));
            }
            if (arg.equals("--db") && i + 1 < args.size()) {
                return Path.of(args.get(i + 1));
            }
        }
        return null;
    }
}
