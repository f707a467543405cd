package org.tracelab.app.screenshots;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Window;
import javafx.util.Duration;
import javax.imageio.ImageIO;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tracelab.app.ui.Theme;
import org.tracelab.app.ui.shell.Desktop;
import org.tracelab.app.ui.shell.MainViewModel;
import org.tracelab.app.ui.shell.Section;

/**
 * The screenshot tour behind {@code packaging/screenshots.sh} ({@link ScreenshotApp} starts it): once the store's
 * runs are loaded, the app visits every view and dialog of {@link Screens} in the light theme, then again in the
 * dark one, waits until each shows its data, snapshots the window that shows it into {@code <name>.png} (and
 * {@code <name>-dark.png}), lists the files in {@code screens.txt} and quits. It lives with the tests, not in the
 * shipped app. The snapshots are taken on the FX thread; the PNG files are written on a separate thread.
 */
public final class ScreenshotTour {

    private static final Logger LOG = LoggerFactory.getLogger(ScreenshotTour.class);
    /** Time for layout, charts and tables to settle after a step. */
    private static final Duration SETTLE = Duration.millis(700);

    private static final long READY_WAIT_MILLIS = 60_000;

    private final Desktop desktop;
    private final Path folder;
    private final List<Screen> screens = Screens.all();
    private final List<String> written = new ArrayList<>();
    private CompletableFuture<Void> writes = CompletableFuture.completedFuture(null);

    private ScreenshotTour(Desktop desktop, Path folder) {
        this.desktop = desktop;
        this.folder = folder;
    }

    /** Starts the tour into {@code folder}. Call on the FX thread. */
    static void start(Desktop desktop, Path folder) {
        new ScreenshotTour(desktop, folder).start();
    }

    private void start() {
        LOG.info("Screenshot tour into {}", folder);
        MainViewModel app = desktop.viewModel();
        if (app.runs().loaded().get()) {
            theme(Theme.LIGHT);
        } else {
            app.runs().loaded().addListener((obs, old, loaded) -> {
                if (loaded) {
                    theme(Theme.LIGHT);
                }
            });
        }
    }

    private void theme(Theme theme) {
        desktop.viewModel().setTheme(theme);
        later(() -> visit(theme, 0));
    }

    /** Opens screen {@code index}, waits until it is ready, shoots it, closes it and goes on. */
    private void visit(Theme theme, int index) {
        if (index == screens.size()) {
            if (theme == Theme.LIGHT) {
                desktop.viewModel().show(Section.RUNS);
                theme(Theme.DARK);
            } else {
                finish();
            }
            return;
        }
        Screen screen = screens.get(index);
        Window window;
        try {
            window = screen.open().apply(desktop);
        } catch (RuntimeException e) {
            LOG.error("Cannot open {}; skipped", screen.name(), e);
            later(() -> visit(theme, index + 1));
            return;
        }
        awaitReady(screen, window, System.currentTimeMillis(), () -> {
            String name = screen.name() + (theme == Theme.DARK ? "-dark" : "") + ".png";
            Window shown = screen.shown().apply(window);
            shoot(shown.getScene(), name);
            if (screen.ownWindow(desktop, shown)) {
                shown.hide();
            }
            later(() -> visit(theme, index + 1));
        });
    }

    private void awaitReady(Screen screen, Window window, long since, Runnable then) {
        later(() -> {
            boolean ready;
            try {
                ready = screen.ready().test(desktop, window);
            } catch (RuntimeException e) {
                LOG.warn("{} failed while waiting: {}", screen.name(), e.toString());
                ready = true;
            }
            if (!ready && System.currentTimeMillis() - since < READY_WAIT_MILLIS) {
                awaitReady(screen, window, since, then);
            } else {
                then.run();
            }
        });
    }

    private void finish() {
        List<String> names = List.copyOf(written);
        writes = writes.thenRunAsync(() -> {
            try {
                Files.write(folder.resolve("screens.txt"), names);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        writes.whenComplete((done, failure) -> {
            if (failure != null) {
                LOG.error("Cannot write the screenshots", failure);
            }
            Platform.runLater(Platform::exit);
        });
    }

    private static void later(Runnable step) {
        PauseTransition pause = new PauseTransition(SETTLE);
        pause.setOnFinished(event -> step.run());
        pause.play();
    }

    /** Snapshots the scene now and queues the PNG write off the FX thread. */
    private void shoot(Scene shown, String name) {
        written.add(name);
        BufferedImage image = toBufferedImage(shown.snapshot(null));
        Path file = folder.resolve(name);
        writes = writes.thenRunAsync(() -> write(image, file));
    }

    static BufferedImage toBufferedImage(WritableImage snapshot) {
        int width = (int) snapshot.getWidth();
        int height = (int) snapshot.getHeight();
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        PixelReader pixels = snapshot.getPixelReader();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        return image;
    }

    private static void write(BufferedImage image, Path file) {
        try {
            Files.createDirectories(file.getParent());
            if (!ImageIO.write(image, "png", file.toFile())) {
                throw new IOException("no PNG writer");
            }
            LOG.info("Wrote {}", file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }
}
