package org.tracelab.app.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.tracelab.app.service.store.OpenStore;
import org.tracelab.app.testing.RealisticStore;
import org.tracelab.app.ui.FixedFileChoosers;
import org.tracelab.app.ui.FxThreadGuard;
import org.tracelab.app.ui.GuardedSettingsStore;
import org.tracelab.app.ui.GuardedWorkspace;
import org.tracelab.app.ui.benchmark.BenchmarkViewModel;
import org.tracelab.app.ui.runs.RunRow;
import org.tracelab.app.ui.settings.BenchmarkDefaults;
import org.tracelab.app.ui.settings.JsonSettingsFile;
import org.tracelab.app.ui.settings.Settings;
import org.tracelab.core.testing.SampleTraces;

/**
 * What the person chose stays chosen: a new run appearing does not blank the Results, Explorer and Pairs
 * selectors; Pairs and Export open on the run in view; the benchmark form starts as the last run was started.
 */
@ExtendWith(ApplicationExtension.class)
class StateFollowsTheUserTest {

    private static final long TIMEOUT_SECONDS = 30;

    @TempDir
    Path dir;

    private final FxThreadGuard guard = new FxThreadGuard();
    private Path store;
    private Desktop desktop;

    @Start
    void start(Stage stage) {
        store = dir.resolve("realistic.tracelab.db");
        RealisticStore.create(store);
        Settings settings = Settings.defaults()
                .withBenchmark(new BenchmarkDefaults(
                        "http://user:secret@127.0.0.1:8080/v1",
                        "qwen2.5-1.5b",
                        null,
                        dir.resolve("input_data.jsonl"),
                        "42,43,44"));
        desktop = Desktop.start(
                stage,
                store,
                Desktop.Dependencies.of(
                        GuardedWorkspace.opener(guard),
                        new GuardedSettingsStore(new JsonSettingsFile(dir.resolve("settings.json")), guard),
                        settings,
                        new FixedFileChoosers(),
                        2));
    }

    @AfterEach
    void shutDown(FxRobot robot) throws TimeoutException {
        robot.interact(desktop::shutdown);
        FxToolkit.cleanupStages();
        assertThat(guard.violations()).isEmpty();
    }

    @Test
    void selectorsKeepTheirRunWhenANewRunAppears(FxRobot robot) throws Exception {
        MainViewModel app = desktop.viewModel();
        waitUntil(() -> app.runs().runs().size() == 3);
        robot.interact(() -> app.showResults(RealisticStore.SINGLE));
        waitUntil(() ->
                !app.results().results().isEmpty() && !app.results().loading().get());
        robot.interact(() -> app.showExplorer(RealisticStore.SINGLE));
        robot.interact(() -> app.show(Section.PAIRS));
        assertThat(app.pairs().runId().get())
                .as("Pairs opens on the run in view")
                .isEqualTo(RealisticStore.SINGLE);

        try (OpenStore second = OpenStore.open(store)) {
            second.writer().createRun(SampleTraces.run("a new run"));
            second.writer().commit();
        }
        robot.interact(() -> app.runs().refresh());
        waitUntil(() -> app.runs().runs().size() == 4);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(app.results().selectedRunIds()).containsExactly(RealisticStore.SINGLE);
        ListView<?> list = robot.lookup("#resultsRunList").queryAs(ListView.class);
        assertThat(list.getSelectionModel().getSelectedItems())
                .extracting(row -> ((RunRow) row).id())
                .containsExactly(RealisticStore.SINGLE);
        assertThat(app.results().results()).hasSize(1);
        assertThat(app.explorer().chains().filter().get().runId()).isEqualTo(RealisticStore.SINGLE);
        assertThat(shown(robot, "#explorerRunChoice")).startsWith("#2 ");
        assertThat(app.pairs().runId().get()).isEqualTo(RealisticStore.SINGLE);
        assertThat(shown(robot, "#pairsRunChoice")).startsWith("#2 ");
    }

    @Test
    void exportOpensOnTheRunInViewAndTheBenchmarkFormStartsAsTheLastRunWasStarted(FxRobot robot) throws Exception {
        MainViewModel app = desktop.viewModel();
        waitUntil(() -> app.runs().runs().size() == 3);
        robot.interact(() -> app.showResults(RealisticStore.IMPORTED));
        Window[] export = new Window[1];
        robot.interact(() -> export[0] = desktop.window().openExport(null));
        assertThat(shownIn(export[0], "#exportRunChoice")).startsWith("#3 ");
        robot.interact(export[0]::hide);

        BenchmarkViewModel[] form = new BenchmarkViewModel[1];
        robot.interact(() -> form[0] = app.newBenchmark());
        assertThat(form[0].model().endpoint().get()).as("never the credentials").isEqualTo("http://127.0.0.1:8080/v1");
        assertThat(form[0].model().model().get()).isEqualTo("qwen2.5-1.5b");
        assertThat(form[0].dataset().dataset().get()).isEqualTo(dir.resolve("input_data.jsonl"));
        assertThat(form[0].plan().seeds().get()).isEqualTo("42,43,44");
        assertThat(form[0].runs().summary().get())
                .as("no last run's status on a new form")
                .isEmpty();
    }

    private static String shown(FxRobot robot, String id) {
        ComboBox<?> box = robot.lookup(id).queryAs(ComboBox.class);
        return box.getButtonCell() == null
                ? String.valueOf(box.getValue())
                : box.getButtonCell().getText();
    }

    private static String shownIn(Window window, String id) {
        ComboBox<?> box = (ComboBox<?>) window.getScene().lookup(id);
        return box.getButtonCell() == null
                ? String.valueOf(box.getValue())
                : box.getButtonCell().getText();
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> {
            try {
                return condition.call();
            } catch (Exception e) {
                return false;
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }
}
