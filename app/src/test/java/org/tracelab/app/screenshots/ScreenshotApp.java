package org.tracelab.app.screenshots;

import java.nio.file.Path;
import java.util.Locale;
import javafx.stage.Window;
import org.tracelab.app.TracelabApp;
import org.tracelab.app.ui.Theme;
import org.tracelab.app.ui.shell.Desktop;

/**
 * The desktop app with the screenshot tour: {@code packaging/screenshots.sh} starts it through {@link Main} with the
 * system property {@value #FOLDER} naming the folder for the PNGs, on the jar's classes and the test classes.
 */
public final class ScreenshotApp extends TracelabApp {

    /** The system property naming the folder for the PNGs. */
    public static final String FOLDER = "tracelab.screenshot.dir";
    /** Optional: {@code dark} shoots the dark theme (default: the settings' theme, light for new settings). */
    public static final String THEME = "tracelab.screenshot.theme";
    /** Optional: the window's size, e.g. {@code 1280x800} (default: the app's own). */
    public static final String SIZE = "tracelab.screenshot.size";

    @Override
    protected void started(Desktop running) {
        if ("dark".equals(System.getProperty(THEME))) {
            running.viewModel().setTheme(Theme.DARK);
        } else if ("light".equals(System.getProperty(THEME))) {
            running.viewModel().setTheme(Theme.LIGHT);
        }
        String size = System.getProperty(SIZE);
        Window window = running.window().scene().getWindow();
        if (size != null && window != null) {
            String[] parts = size.toLowerCase(Locale.ROOT).split("x");
            window.setWidth(Double.parseDouble(parts[0]));
            window.setHeight(Double.parseDouble(parts[1]));
        }
        ScreenshotTour.start(running.window().scene(), running.viewModel(), Path.of(System.getProperty(FOLDER)));
    }

    /**
     * {@code java -Dtracelab.screenshot.dir=OUT -cp tracelab.jar:test-classes
     * org.tracelab.app.screenshots.ScreenshotApp$Main --db STORE}. Not an {@code Application} itself: with JavaFX on
     * the class path the launcher refuses to start one directly.
     */
    public static final class Main {

        private Main() {
        }

        public static void main(String[] args) {
            if (System.getProperty(FOLDER) == null) {
                throw new IllegalArgumentException("-D" + FOLDER + "=FOLDER is required");
            }
            javafx.application.Application.launch(ScreenshotApp.class, args);
            System.exit(0);
        }
    }
}
