package org.tracelab.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.tracelab.app.service.bench.LocalModelConnections;
import org.tracelab.app.ui.results.ModeLine;
import org.tracelab.app.ui.runs.RunRow;
import org.tracelab.app.ui.samples.SampleStores;
import org.tracelab.app.ui.settings.JsonSettingsFile;
import org.tracelab.app.ui.settings.Settings;
import org.tracelab.app.ui.shell.Desktop;
import org.tracelab.core.model.LocalServerDetector;

/**
 * Help › Open the illustrative sample store, from a fresh store: the sample store is built in the background,
 * opened, and its run is labelled as an illustration in Runs and in Results.
 */
@ExtendWith(ApplicationExtension.class)
class SampleStoreFlowTest {

    private static final long TIMEOUT_SECONDS = 60;

    @TempDir
    Path dir;

    private final FxThreadGuard guard = new FxThreadGuard();
    private Path samplesFile;
    private Desktop desktop;

    @Start
    void start(Stage stage) {
        samplesFile = dir.resolve("data/tracelab-samples.tracelab.db");
        desktop = Desktop.start(
                stage,
                dir.resolve("traces.tracelab.db"),
                Desktop.Dependencies.of(
                                GuardedWorkspace.opener(guard),
                                new GuardedSettingsStore(
                                        new JsonSettingsFile(dir.resolve("config/settings.json")), guard),
                                Settings.defaults(),
                                new FixedFileChoosers(),
                                2)
                        .withConnections(new GuardedModelConnections(
                                new LocalModelConnections(
                                        new LocalServerDetector("127.0.0.1", List.of(), Duration.ofMillis(100))),
                                guard))
                        .withSamples(new GuardedSampleStores(SampleStores.bundled(samplesFile), guard)));
    }

    @AfterEach
    void shutDown(FxRobot robot) throws TimeoutException {
        if (desktop != null) {
            robot.interact(desktop::shutdown);
            desktop = null;
        }
        FxToolkit.cleanupStages();
        assertThat(guard.violations())
                .as("store, file or settings calls on the FX thread")
                .isEmpty();
    }

    @Test
    void theEmptyStatesLinkBuildsOpensAndLabelsTheSampleStore(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#emptyState").query().isVisible());
        assertThat(Files.exists(samplesFile)).isFalse();

        // The same action as Help › Open the illustrative sample store.
        robot.clickOn("#emptyOpenSamplesLink");

        TableView<RunRow> runs = table(robot, "#runsTable");
        waitUntil(() ->
                robot.lookup("#runsList").query().isVisible() && runs.getItems().size() == 1);
        assertThat(Files.exists(samplesFile)).isTrue();
        assertThat(robot.lookup("#storePathLabel").queryAs(Label.class).getText())
                .contains(samplesFile.toString());
        RunRow row = runs.getItems().get(0);
        assertThat(row.illustration()).isTrue();
        assertThat(row.name()).contains("not model output");
        assertThat(row.model()).contains("hand-written");
        assertThat(row.modes()).isEqualTo("direct, prompt_retry, full_pcl");
        assertThat(row.seeds()).isEqualTo("42, 43");
        Label badge = robot.lookup("#runIllustrationBadge-1").queryAs(Label.class);
        assertThat(badge.getText()).isEqualTo("Illustration");
        assertThat(badge.isVisible()).isTrue();

        robot.clickOn(robot.lookup("#runsTable .table-row-cell").nth(0).query().lookup(".table-cell"));
        robot.clickOn("#showResultsButton");
        waitUntil(() -> robot.lookup("#resultsTable-1").tryQuery().isPresent());
        Label heading = robot.lookup("#resultsIllustrationBadge-1").queryAs(Label.class);
        assertThat(heading.getText()).startsWith("Illustration").contains("not model output");
        assertThat(heading.isVisible()).isTrue();
        TableView<ModeLine> results = table(robot, "#resultsTable-1");
        assertThat(results.getItems())
                .extracting(ModeLine::mode)
                .containsExactlyInAnyOrder("direct", "prompt_retry", "full_pcl");
        assertThat(results.getItems()).extracting(ModeLine::finishedChains).containsExactlyInAnyOrder(9L, 4L, 8L);
    }

    @SuppressWarnings("unchecked")
    private static <T> TableView<T> table(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(TableView.class);
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
