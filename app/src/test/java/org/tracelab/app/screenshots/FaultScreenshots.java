package org.tracelab.app.screenshots;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.util.Duration;
import javax.imageio.ImageIO;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tracelab.app.TracelabApp;
import org.tracelab.app.cli.TracelabCommand;
import org.tracelab.app.ui.FixedFileChoosers;
import org.tracelab.app.ui.Theme;
import org.tracelab.app.ui.benchmark.BenchmarkDialog;
import org.tracelab.app.ui.benchmark.BenchmarkViewModel;
import org.tracelab.app.ui.shell.Desktop;
import org.tracelab.app.ui.shell.MainViewModel;
import org.tracelab.app.ui.shell.Section;
import org.tracelab.core.testing.LoopbackFaultServer;

/**
 * Screenshots of what the app shows of a failing server, light and dark at 1280×800: the Runs list and the Results
 * of a run a loopback TEST server left interrupted (it stopped answering after a few calls), and the benchmark window
 * resuming that run while the server is still down (the failing-server notice, the form's failing-server section).
 * The run is made by the real command line against {@link LoopbackFaultServer}, whose answers are canned text, not
 * model output. Started by {@link Main} under a virtual X server, like {@link ScreenshotApp}.
 */
public final class FaultScreenshots extends TracelabApp {

    private static final Logger LOG = LoggerFactory.getLogger(FaultScreenshots.class);
    private static final Duration SETTLE = Duration.millis(1200);
    private static final long WAIT_MILLIS = 120_000;

    private Path folder;
    private MainViewModel viewModel;
    private Stage main;
    private CompletableFuture<Void> writes = CompletableFuture.completedFuture(null);

    @Override
    protected void started(Desktop running) {
        folder = Path.of(System.getProperty(ScreenshotApp.FOLDER));
        viewModel = running.viewModel();
        main = (Stage) running.window().scene().getWindow();
        main.setWidth(1280);
        main.setHeight(800);
        viewModel.setTheme(Theme.LIGHT);
        waitFor(
                () -> viewModel.runs().loaded().get(),
                () -> views("light", () -> {
                    viewModel.prepareResume(1, this::resumeWhileDown);
                }));
    }

    /** Runs, then Results of run 1, in the current theme; then {@code next}. */
    private void views(String theme, Runnable next) {
        viewModel.show(Section.RUNS);
        later(() -> {
            shoot(main.getScene(), "runs-" + theme + ".png");
            viewModel.showResults(1);
            viewModel.show(Section.RESULTS);
            waitFor(
                    () -> !viewModel.results().results().isEmpty()
                            && !viewModel.results().loading().get(),
                    () -> {
                        shoot(main.getScene(), "results-" + theme + ".png");
                        next.run();
                    });
        });
    }

    /** Opens the Resume window of run 1 and starts it against the dead server; shoots it once the run has ended. */
    private void resumeWhileDown(BenchmarkViewModel form) {
        BenchmarkDialog dialog = new BenchmarkDialog(main, form, new FixedFileChoosers(), viewModel.theme());
        dialog.stage().setWidth(1280);
        dialog.stage().setHeight(800);
        dialog.show();
        // The prompts file is read in the background; the form can start once it has been.
        waitFor(() -> form.canStart().get(), () -> {
            form.start();
            waitFor(
                    () -> !form.runs().running().get()
                            && !form.runs().faultNotice().get().isEmpty(),
                    () -> shootBenchmark(dialog));
        });
    }

    /** Shoots the window with its form scrolled to the end, where the failing-server section is. */
    private void shootBenchmark(BenchmarkDialog dialog) {
        ((javafx.scene.control.ScrollPane) dialog.stage().getScene().lookup("#benchmarkForm")).setVvalue(1);
        later(() -> shootBenchmarkNow(dialog));
    }

    private void shootBenchmarkNow(BenchmarkDialog dialog) {
        shoot(dialog.stage().getScene(), "benchmark-light.png");
        viewModel.setTheme(Theme.DARK);
        later(() -> {
            shoot(dialog.stage().getScene(), "benchmark-dark.png");
            dialog.stage().hide();
            views("dark", this::finish);
        });
    }

    private void finish() {
        writes.whenComplete((done, failure) -> {
            if (failure != null) {
                LOG.error("Cannot write the screenshots", failure);
            }
            Platform.runLater(Platform::exit);
        });
    }

    private void waitFor(BooleanSupplier ready, Runnable then) {
        long since = System.currentTimeMillis();
        Runnable[] check = new Runnable[1];
        check[0] = () -> later(() -> {
            if (ready.getAsBoolean() || System.currentTimeMillis() - since > WAIT_MILLIS) {
                then.run();
            } else {
                check[0].run();
            }
        });
        check[0].run();
    }

    private static void later(Runnable step) {
        PauseTransition pause = new PauseTransition(SETTLE);
        pause.setOnFinished(event -> step.run());
        pause.play();
    }

    private void shoot(Scene scene, String name) {
        BufferedImage image = ScreenshotTour.toBufferedImage(scene.snapshot(null));
        Path file = folder.resolve(name);
        writes = writes.thenRunAsync(() -> {
            try {
                ImageIO.write(image, "png", file.toFile());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /**
     * {@code java -Dtracelab.screenshot.dir=OUT -cp tracelab.jar:test-classes:core-test-classes
     * org.tracelab.app.screenshots.FaultScreenshots$Main STORE TASKS.jsonl}: makes the interrupted run in STORE (a
     * new file), then opens the app on it.
     */
    public static final class Main {

        private Main() {}

        public static void main(String[] args) throws Exception {
            Path store = Path.of(args[0]);
            LoopbackFaultServer server = LoopbackFaultServer.start();
            // The server stops answering after its 9th call, as a crashed llama-server would.
            Thread killer = new Thread(() -> {
                while (server.calls() < 9) {
                    Thread.onSpinWait();
                }
                server.close();
            });
            killer.start();
            int code = TracelabCommand.commandLine(file -> {
                        throw new IllegalStateException("no desktop here");
                    })
                    .execute(
                            "bench",
                            "--db",
                            store.toString(),
                            "--endpoint",
                            server.baseUrl(),
                            "--model",
                            LoopbackFaultServer.MODEL,
                            "--dataset",
                            args[1],
                            "--limit",
                            "5",
                            "--seeds",
                            "41,42",
                            "--name",
                            "loopback TEST server, stopped mid-run");
            killer.join(TimeUnit.MINUTES.toMillis(1));
            server.close();
            if (code != 3 || !Files.exists(store)) {
                throw new IllegalStateException("expected an interrupted run (exit 3), got exit " + code);
            }
            javafx.application.Application.launch(FaultScreenshots.class, "--db=" + store);
            System.exit(0);
        }
    }
}
