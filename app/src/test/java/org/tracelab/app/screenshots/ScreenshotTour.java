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
import javafx.scene.control.TableView;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Window;
import javafx.util.Duration;
import javax.imageio.ImageIO;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tracelab.app.ui.compare.ChangeFilter;
import org.tracelab.app.ui.compare.CompareViewModel;
import org.tracelab.app.ui.diff.DiffView;
import org.tracelab.app.ui.explorer.ChainDetailModel;
import org.tracelab.app.ui.explorer.ExplorerViewModel;
import org.tracelab.app.ui.runs.RunRow;
import org.tracelab.app.ui.shell.MainViewModel;
import org.tracelab.app.ui.shell.Section;
import org.tracelab.core.compare.TaskChange;
import org.tracelab.storage.query.ChainSummary;

/**
 * The screenshot tour behind {@code packaging/screenshots.sh} ({@link ScreenshotApp} starts it): once the store's
 * runs are loaded, the app visits Runs, Results (first run chosen), Explorer (a chain with repairs open at its first
 * attempt) and Pairs (first run's pairs, first pair selected) in turn, snapshots the scene of each into
 * {@code runs.png}, {@code results.png}, {@code explorer.png} and {@code pairs.png} (plus {@code diff.png}, the open
 * chain's diff window, when it has two attempts); then Compare ({@code compare.png}: the first two runs, or two modes
 * of the only run, with the flips kept), the diff of the first flipped task across the sides
 * ({@code compare-diff.png}), the explorer's "Compare with…" dialog on its open chain ({@code compare-with.png}) and,
 * when the store has a run group, that group in Results ({@code results-group.png}); and quits. It lives with the
 * tests, not in the shipped app. The snapshots are taken on the FX thread; the PNG files are written on a separate
 * thread.
 */
public final class ScreenshotTour {

    private static final Logger LOG = LoggerFactory.getLogger(ScreenshotTour.class);
    /** Time for layout, charts and tables to settle after a switch. */
    private static final Duration SETTLE = Duration.millis(1200);
    private static final long RESULTS_WAIT_MILLIS = 60_000;

    private final Scene scene;
    private final MainViewModel viewModel;
    private final Path folder;
    private CompletableFuture<Void> writes = CompletableFuture.completedFuture(null);

    private ScreenshotTour(Scene scene, MainViewModel viewModel, Path folder) {
        this.scene = scene;
        this.viewModel = viewModel;
        this.folder = folder;
    }

    /** Starts the tour into {@code folder}. Call on the FX thread. */
    static void start(Scene scene, MainViewModel viewModel, Path folder) {
        new ScreenshotTour(scene, viewModel, folder).start();
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
                compare();
            });
        });
    }

    /** Compares the first two runs (or the first and last mode of the only run), keeps the flips, shoots. */
    private void compare() {
        List<RunRow> runs = viewModel.runs().runs();
        CompareViewModel compare = viewModel.compare();
        if (runs.size() >= 2) {
            compare.compareRuns(runs.get(0), runs.get(1));
        } else if (runs.size() == 1) {
            compare.sideA().run().set(runs.get(0));
            compare.sideB().run().set(runs.get(0));
        }
        viewModel.show(Section.COMPARE);
        compared(System.currentTimeMillis(), runs.size() == 1);
    }

    private void compared(long since, boolean modesOfOneRun) {
        later(() -> {
            CompareViewModel compare = viewModel.compare();
            if (modesOfOneRun && compare.sideA().modes().size() > 2 && compare.heading().get().isEmpty()) {
                compare.sideA().mode().set(compare.sideA().modes().get(1));
                compare.sideB().mode().set(compare.sideB().modes().get(compare.sideB().modes().size() - 1));
                compare.compare();
            }
            if (!compare.detailed().get() && System.currentTimeMillis() - since < RESULTS_WAIT_MILLIS) {
                compared(since, modesOfOneRun);
                return;
            }
            if (compare.count(TaskChange.FIXED) + compare.count(TaskChange.BROKEN) > 0) {
                compare.change().set(ChangeFilter.FLIPS);
            }
            later(() -> {
                shoot("compare.png");
                if (!compare.rows().isEmpty()) {
                    compare.open(compare.rows().get(0));
                }
                comparedDiff(System.currentTimeMillis());
            });
        });
    }

    /** Waits (up to a minute) for the compared task's diff to be computed, shoots it, then goes on. */
    private void comparedDiff(long since) {
        later(() -> {
            boolean computing = Window.getWindows().stream().filter(window -> window.getScene() != null
                    && window.getScene().getRoot() instanceof DiffView)
                    .anyMatch(window -> window.getScene().lookup("#diffBusy").isVisible());
            if (computing && System.currentTimeMillis() - since < RESULTS_WAIT_MILLIS) {
                comparedDiff(since);
                return;
            }
            shootWindow(root -> root instanceof DiffView, "compare-diff.png");
            compareWith();
        });
    }

    /** Opens "Compare with…" on the explorer's open attempt, picks another chain of the task, shoots the dialog. */
    private void compareWith() {
        viewModel.show(Section.EXPLORER);
        if (viewModel.explorer().chain().selectedAttempt().get() != null) {
            viewModel.explorer().compareWith();
        }
        later(() -> {
            Window.getWindows().stream().filter(window -> window.getScene() != null
                    && "compareWithDialog".equals(window.getScene().getRoot().getId())).findFirst()
                    .ifPresent(window -> {
                        if (window.getScene().lookup("#compareWithChains") instanceof TableView<?> chains
                                && chains.getItems().size() > 1) {
                            chains.getSelectionModel().select(1);
                        }
                    });
            later(() -> {
                shootWindow(root -> "compareWithDialog".equals(root.getId()), "compare-with.png");
                group(System.currentTimeMillis());
            });
        });
    }

    /** With a run group in the store, shows it in Results as one experiment and shoots; then quits. */
    private void group(long since) {
        if (viewModel.runs().groups().isEmpty()) {
            quit();
            return;
        }
        if (viewModel.results().selectedGroup().get() == null) {
            viewModel.results().selectGroup(viewModel.runs().groups().get(0));
        }
        viewModel.show(Section.RESULTS);
        later(() -> {
            if ((viewModel.results().loading().get() || viewModel.results().results().isEmpty())
                    && System.currentTimeMillis() - since < RESULTS_WAIT_MILLIS) {
                group(since);
                return;
            }
            shoot("results-group.png");
            quit();
        });
    }

    private void quit() {
        writes.whenComplete((done, failure) -> {
            if (failure != null) {
                LOG.error("Cannot write the screenshots", failure);
            }
            Platform.runLater(Platform::exit);
        });
    }

    /** Shoots the first other window whose root {@code matches} into {@code name}, then closes it. */
    private void shootWindow(java.util.function.Predicate<javafx.scene.Parent> matches, String name) {
        Window.getWindows().stream().filter(window -> window.getScene() != null && window.getScene() != scene
                && matches.test(window.getScene().getRoot())).findFirst().ifPresent(window -> {
                    shoot(window.getScene(), name);
                    window.hide();
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
