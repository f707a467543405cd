package org.tracelab.app.screenshots;

import java.nio.file.Path;
import org.tracelab.app.TracelabApp;
import org.tracelab.app.ui.shell.Desktop;

/**
 * The desktop app with the screenshot tour: {@code packaging/screenshots.sh} starts it through {@link Main} with the
 * system property {@value #FOLDER} naming the folder for the PNGs, on the jar's classes and the test classes.
 */
public final class ScreenshotApp extends TracelabApp {

    /** The system property naming the folder for the PNGs. */
    public static final String FOLDER = "tracelab.screenshot.dir";
    /** The system property giving the window size as WIDTHxHEIGHT; the app's default (1280x800) without it. */
    public static final String SIZE = "tracelab.screenshot.size";

    @Override
    protected void started(Desktop running) {
        String size = System.getProperty(SIZE);
        if (size != null && !size.isBlank()) {
            String[] parts = size.strip().split("x");
            running.window().stage().setWidth(Double.parseDouble(parts[0]));
            running.window().stage().setHeight(Double.parseDouble(parts[1]));
        }
        ScreenshotTour.start(running, Path.of(System.getProperty(FOLDER)));
    }

    /**
     * {@code java -Dtracelab.screenshot.dir=OUT -cp tracelab.jar:test-classes
     * org.tracelab.app.screenshots.ScreenshotApp$Main --db STORE}. Not an {@code Application} itself: with JavaFX on
     * the class path the launcher refuses to start one directly.
     */
    public static final class Main {

        private Main() {}

        public static void main(String[] args) {
            if (System.getProperty(FOLDER) == null) {
                throw new IllegalArgumentException("-D" + FOLDER + "=FOLDER is required");
            }
            javafx.application.Application.launch(ScreenshotApp.class, args);
            System.exit(0);
        }
    }
}
