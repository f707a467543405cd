package org.tracelab.app.screenshots;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;
import javax.imageio.ImageIO;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tracelab.app.ui.Theme;
import org.tracelab.app.ui.compose.ComposeDialog;
import org.tracelab.app.ui.compose.ComposeViewModel;
import org.tracelab.app.ui.diff.DiffView;
import org.tracelab.app.ui.explorer.ChainDetailModel;
import org.tracelab.app.ui.explorer.ExplorerViewModel;
import org.tracelab.app.ui.shell.MainViewModel;
import org.tracelab.app.ui.shell.MainWindow;
import org.tracelab.app.ui.shell.Section;
import org.tracelab.storage.query.ChainSummary;

/**
 * The screenshot tour behind {@code packaging/screenshots.sh} ({@link ScreenshotApp} starts it): once the store's
 * runs are loaded, the app visits Runs, Results (first run chosen), Explorer (a chain with repairs open at its first
 * attempt) and Pairs (first run's pairs, first pair selected) in turn, snapshots the scene of each into
 * {@code runs.png}, {@code results.png}, {@code explorer.png} and {@code pairs.png} (plus {@code diff.png}, the open
 * chain's diff window, when it has two attempts), then opens File › New task set… on a pool, holds one type out,
 * waits for the preview and shoots that window at 1280×800 in the light and the dark theme
 * ({@code new-task-set.png}, {@code new-task-set-dark.png}), and quits. It lives with the tests, not in the shipped
 * app. The snapshots are taken on the FX thread; the PNG files are written on a separate thread.
 */
public final class ScreenshotTour {

    private static final Logger LOG = LoggerFactory.getLogger(ScreenshotTour.class);
    /** Time for layout, charts and tables to settle after a switch. */
    private static final Duration SETTLE = Duration.millis(1200);
    private static final long RESULTS_WAIT_MILLIS = 60_000;

    /** The size of the dialog shots: a small laptop screen. */
    private static final double DIALOG_WIDTH = 1280;
    private static final double DIALOG_HEIGHT = 800;

    private final MainWindow window;
    private final Scene scene;
    private final MainViewModel viewModel;
    private final Path folder;
    private final Path pool;
    private CompletableFuture<Void> writes = CompletableFuture.completedFuture(null);

    private ScreenshotTour(MainWindow window, MainViewModel viewModel, Path folder, Path pool) {
        this.window = window;
        this.scene = window.scene();
        this.viewModel = viewModel;
        this.folder = folder;
        this.pool = pool;
    }

    /** Starts the tour into {@code folder}; the New task set shots compose from {@code pool}. Call on the FX thread. */
    static void start(MainWindow window, MainViewModel viewModel, Path folder, Path pool) {
        new ScreenshotTour(window, viewModel, folder, pool).start();
    }

    private void start() {
        LOG.info("Screenshot tour into {}", folder);
        if (viewModel.runs().loaded().get()) {
            runs();
        } else {
            viewModel.runs().loaded().addListener((obs, old, loaded) -> {
                if (loaded) {
                    runs();
                }
            });
        }
    }

    private void runs() {
        viewModel.show(Section.RUNS);
        later(() -> {
            shoot("runs.png");
            if (viewModel.runs().runs().isEmpty()) {
                results(System.currentTimeMillis());
            } else {
                viewModel.showResults(viewModel.runs().runs().get(0).id());
                results(System.currentTimeMillis());
            }
        });
    }

    /** Waits (up to a minute) for the chosen run's results and charts, then shoots them. */
    private void results(long since) {
        viewModel.show(Section.RESULTS);
        later(() -> {
            boolean ready = viewModel.runs().runs().isEmpty() || !viewModel.results().results().isEmpty()
                    && !viewModel.results().loading().get();
            if (!ready && System.currentTimeMillis() - since < RESULTS_WAIT_MILLIS) {
                results(since);
                return;
            }
            shoot("results.png");
            viewModel.show(Section.EXPLORER);
            explorer(System.currentTimeMillis());
        });
    }

    /** Waits for the explorer's chains, opens one with repairs (else a failing one) at its first attempt, shoots. */
    private void explorer(long since) {
        later(() -> {
            ExplorerViewModel explorer = viewModel.explorer();
            List<ChainSummary> rows = explorer.chains().rows();
            if (rows.isEmpty() && System.currentTimeMillis() - since < RESULTS_WAIT_MILLIS) {
                explorer(since);
                return;
            }
            rows.stream().filter(row -> row.attempts() > 1).findFirst()
                    .or(() -> rows.stream().filter(row -> Boolean.FALSE.equals(row.finalStrict())).findFirst())
                    .or(() -> rows.stream().findFirst())
                    .ifPresent(explorer::selectChain);
            openedChain(System.currentTimeMillis());
        });
    }

    private void openedChain(long since) {
        later(() -> {
            ChainDetailModel chain = viewModel.explorer().chain();
            if (chain.detail().get() == null && viewModel.explorer().selectedChain().get() != null
                    && System.currentTimeMillis() - since < RESULTS_WAIT_MILLIS) {
                openedChain(since);
                return;
            }
            if (!chain.attempts().isEmpty()) {
                chain.selectAttempt(chain.attempts().get(0)); // the first answer, usually with evidence marked
            }
            later(() -> {
                shoot("explorer.png");
                diff();
            });
        });
    }

    /**
     * With a chain of two or more attempts open, opens its diff window (as the D key does), shoots that window
     * into {@code diff.png} and closes it; then goes on to the pairs.
     */
    private void diff() {
        if (viewModel.explorer().chain().canCompare().get()) {
            viewModel.explorer().openDiff();
        }
        later(() -> {
            Window.getWindows().stream().filter(window -> window.getScene() != null
                    && window.getScene().getRoot() instanceof DiffView).findFirst().ifPresent(window -> {
                        shoot(window.getScene(), "diff.png");
                        window.hide();
                    });
            if (!viewModel.runs().runs().isEmpty()) {
                viewModel.pairs().runId().set(viewModel.runs().runs().get(0).id());
            }
            pairs(System.currentTimeMillis());
        });
    }

    /** Waits (up to a minute) for the first run's pairs, selects the first, shoots, then quits. */
    private void pairs(long since) {
        viewModel.show(Section.PAIRS);
        later(() -> {
            if (viewModel.pairs().loading().get() && System.currentTimeMillis() - since < RESULTS_WAIT_MILLIS) {
                pairs(since);
                return;
            }
            if (!viewModel.pairs().rows().isEmpty()) {
                viewModel.pairs().selected().set(viewModel.pairs().rows().get(0));
            }
            later(() -> {
                shoot("pairs.png");
                newTaskSet();
            });
        });
    }

    /**
     * File › New task set… on the pool, JSON held out, at 1280×800: waits (up to a minute) for the preview, shoots it
     * in the light theme, then in the dark one, restores the theme and quits.
     */
    private void newTaskSet() {
        Theme theme = viewModel.theme().get();
        ComposeDialog dialog = window.openNewTaskSet();
        Stage stage = dialog.stage();
        stage.setWidth(DIALOG_WIDTH);
        stage.setHeight(DIALOG_HEIGHT);
        ComposeViewModel form = dialog.viewModel();
        form.files().pool().set(pool.toAbsolutePath());
        form.draw().perTask().set("3");
        form.constraints().choice("detectable_format:json_format").holdout().set(true);
        whenPreviewed(form, System.currentTimeMillis(), () -> {
            viewModel.setTheme(Theme.LIGHT);
            later(() -> {
                shoot(stage.getScene(), "new-task-set.png");
                viewModel.setTheme(Theme.DARK);
                later(() -> {
                    shoot(stage.getScene(), "new-task-set-dark.png");
                    viewModel.setTheme(theme);
                    stage.close();
                    quit();
                });
            });
        });
    }

    private void whenPreviewed(ComposeViewModel form, long since, Runnable then) {
        later(() -> {
            if (form.preview().isEmpty() && System.currentTimeMillis() - since < RESULTS_WAIT_MILLIS) {
                whenPreviewed(form, since, then);
                return;
            }
            then.run();
        });
    }

    /** Quits once every PNG is written. */
    private void quit() {
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
    private void shoot(String name) {
        shoot(scene, name);
    }

    private void shoot(Scene shown, String name) {
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
