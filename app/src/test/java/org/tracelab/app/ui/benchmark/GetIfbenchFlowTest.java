package org.tracelab.app.ui.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
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
import org.tracelab.app.service.bench.IfbenchDownloads;
import org.tracelab.app.service.bench.LocalModelConnections;
import org.tracelab.app.service.store.OpenStore;
import org.tracelab.app.testing.LoopbackFileServer;
import org.tracelab.app.testing.LoopbackModelServer;
import org.tracelab.app.ui.FixedFileChoosers;
import org.tracelab.app.ui.FxThreadGuard;
import org.tracelab.app.ui.GuardedModelConnections;
import org.tracelab.app.ui.GuardedSettingsStore;
import org.tracelab.app.ui.GuardedWorkspace;
import org.tracelab.app.ui.settings.JsonSettingsFile;
import org.tracelab.app.ui.settings.Settings;
import org.tracelab.app.ui.shell.Desktop;
import org.tracelab.core.dataset.IfbenchDownloader;
import org.tracelab.core.model.LocalServerDetector;
import org.tracelab.core.model.ServerKind;
import org.tracelab.core.trace.DatasetDescription;

/**
 * "Get IFBench" in the benchmark dialog against a loopback file host standing in for GitHub, serving a small file in
 * IFBench's format written by this test (30 tasks of one IFBench constraint, not AllenAI's prompts), then a run
 * against the loopback TEST model and the cached copy reused; and a download cancelled midway.
 */
@ExtendWith(ApplicationExtension.class)
class GetIfbenchFlowTest {

    private static final long TIMEOUT_SECONDS = 25;
    private static final int TASKS = 30;

    @TempDir
    Path dir;

    private final FxThreadGuard guard = new FxThreadGuard();
    private LoopbackFileServer host;
    private LoopbackModelServer model;
    private Path cache;
    private Path store;
    private Desktop desktop;

    @Start
    void start(Stage stage) throws Exception {
        host = new LoopbackFileServer(IfbenchDownloader.FILE_NAME, ifbenchShapedFile());
        model = new LoopbackModelServer(0);
        cache = dir.resolve("data/datasets");
        store = dir.resolve("traces.tracelab.db");
        IfbenchDownloads downloads = (listener, cancelled) ->
                new IfbenchDownloader(HttpClient.newHttpClient(), host.baseUrl(), cache).obtain(listener, cancelled);
        LocalServerDetector detector = new LocalServerDetector(
                "127.0.0.1",
                List.of(new LocalServerDetector.Target(model.port(), ServerKind.LLAMA_SERVER)),
                Duration.ofSeconds(2));
        desktop = Desktop.start(
                stage,
                store,
                Desktop.Dependencies.of(
                                GuardedWorkspace.opener(guard),
                                new GuardedSettingsStore(
                                        new JsonSettingsFile(dir.resolve("config/settings.json")), guard),
                                Settings.defaults(),
                                new FixedFileChoosers(),
                                2)
                        .withConnections(new GuardedModelConnections(new LocalModelConnections(detector), guard))
                        .withIfeval((listener, cancelled) -> {
                            throw new AssertionError("IFEval is not asked for in this test");
                        })
                        .withIfbench(guarded(downloads)));
    }

    @AfterEach
    void shutDown(FxRobot robot) throws TimeoutException {
        if (desktop != null) {
            robot.interact(desktop::shutdown);
            desktop = null;
        }
        FxToolkit.cleanupStages();
        host.close();
        model.close();
        assertThat(guard.violations())
                .as("store, file, network or settings calls on the FX thread")
                .isEmpty();
    }

    @Test
    void getsIfbenchIntoTheFormRunsItAndReusesTheCachedCopy(FxRobot robot) throws Exception {
        openDialog(robot);

        robot.clickOn("#getIfbenchButton");
        waitUntil(() -> text(robot, "#datasetSummary").startsWith(TASKS + " tasks"));
        Path cached = cache.resolve(IfbenchDownloader.FILE_NAME);
        assertThat(robot.lookup("#datasetChoice").queryAs(ComboBox.class).getValue())
                .isEqualTo(cached);
        assertThat(text(robot, "#ifbenchStatus"))
                .startsWith("IFBench: " + TASKS + " prompts, SHA-256 ")
                .contains("not the test file Tracelab's IFBench conformance tests use")
                .endsWith("downloaded to " + cached);
        assertThat(text(robot, "#datasetFormat")).isEqualTo("IFEval format · IFBench instructions");
        assertThat(cached).hasBinaryContent(ifbenchShapedFile());
        assertThat(robot.lookup("#ifbenchDownloadRow").query().isVisible()).isFalse();

        robot.clickOn("#endpointField").write(model.baseUrl());
        robot.clickOn("#modelField").write(LoopbackModelServer.MODEL);
        reveal(robot, "#limitField");
        robot.clickOn("#limitField").write("2");
        waitUntil(() -> !robot.lookup("#startBenchmarkButton").queryButton().isDisabled());
        robot.clickOn("#startBenchmarkButton");
        waitUntil(() -> text(robot, "#benchmarkSummary").startsWith("Run #1 finished"));
        assertThat(text(robot, "#benchmarkSummary")).startsWith("Run #1 finished: 6 chains finished");

        robot.clickOn("#getIfbenchButton");
        waitUntil(() -> text(robot, "#ifbenchStatus").contains("from the cache"));
        assertThat(host.requests()).as("the cached copy is reused").isEqualTo(1);

        robot.interact(desktop::shutdown);
        desktop = null;
        try (OpenStore open = OpenStore.open(store)) {
            DatasetDescription dataset =
                    open.read(reader -> reader.run(1).orElseThrow().info().dataset());
            assertThat(dataset.name()).isEqualTo(IfbenchDownloader.FILE_NAME);
            assertThat(dataset.format()).isEqualTo("ifeval");
            assertThat(dataset.taskCount()).isEqualTo(2);
        }
    }

    @Test
    void aCancelledDownloadCachesNothingAndLeavesTheFormAsItWas(FxRobot robot) throws Exception {
        host.holdAfterFirstBytes();
        openDialog(robot);

        robot.clickOn("#getIfbenchButton");
        ProgressBar progress = robot.lookup("#ifbenchProgress").queryAs(ProgressBar.class);
        Node downloadRow = robot.lookup("#ifbenchDownloadRow").query();
        waitUntil(() -> downloadRow.isVisible() && progress.getProgress() > 0 && progress.getProgress() < 1);
        assertThat(text(robot, "#ifbenchStatus"))
                .startsWith("Getting IFBench_test.jsonl from GitHub… 1 of ")
                .endsWith(" KiB");
        assertThat(robot.lookup("#getIfevalButton").queryButton().isDisabled())
                .as("one download at a time")
                .isTrue();
        robot.clickOn("#cancelIfbenchButton");
        waitUntil(() -> text(robot, "#ifbenchStatus").equals("Download cancelled."));
        host.release();

        assertThat(robot.lookup("#datasetChoice").queryAs(ComboBox.class).getValue())
                .isNull();
        assertThat(downloadRow.isVisible()).isFalse();
        assertThat(robot.lookup("#getIfbenchButton").queryButton().isDisabled()).isFalse();
        assertThat(robot.lookup("#getIfevalButton").queryButton().isDisabled()).isFalse();
        waitUntil(() -> {
            try (Stream<Path> files = Files.list(cache)) {
                return files.findAny().isEmpty(); // the partial file is removed once the download thread stops
            }
        });
    }

    /** Test data in IFBench's task format: one IFBench constraint, prompts written for this test. */
    private static byte[] ifbenchShapedFile() {
        StringBuilder file = new StringBuilder();
        for (int i = 0; i < TASKS; i++) {
            file.append(String.format(
                    Locale.ROOT,
                    "{\"key\": \"%d\", \"prompt\": \"Write a short paragraph about "
                            + "river number %d. Include keyword stone once in your response, keyword water twice in your "
                            + "response, keyword light three times in your response, keyword path five times in your "
                            + "response, and keyword bridge seven times in your response.\", \"instruction_id_list\": "
                            + "[\"count:keywords_multiple\"], \"kwargs\": [{\"keyword1\": \"stone\", \"keyword2\": \"water\", "
                            + "\"keyword3\": \"light\", \"keyword4\": \"path\", \"keyword5\": \"bridge\"}]}\n",
                    i,
                    i));
        }
        return file.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The downloads, checked against the FX thread. */
    private IfbenchDownloads guarded(IfbenchDownloads downloads) {
        return (listener, cancelled) -> {
            guard.check("obtain IFBench");
            return downloads.obtain(listener, cancelled);
        };
    }

    private void openDialog(FxRobot robot) throws TimeoutException {
        waitUntil(() -> robot.lookup("#emptyState").query().isVisible());
        robot.clickOn("#emptyRunBenchmarkButton");
        waitUntil(() -> robot.lookup("#benchmarkDialog").tryQuery().isPresent());
    }

    /** Scrolls the form, as a person would, until the field is in view. */
    private static void reveal(FxRobot robot, String query) {
        ScrollPane scroll = robot.lookup("#benchmarkForm").queryAs(ScrollPane.class);
        Node node = robot.lookup(query).query();
        robot.interact(() -> {
            Node content = scroll.getContent();
            Bounds bounds = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
            double hidden = content.getBoundsInLocal().getHeight()
                    - scroll.getViewportBounds().getHeight();
            if (hidden > 0) {
                scroll.setVvalue(Math.min(1, Math.max(0, (bounds.getMinY() - 20) / hidden)));
            }
        });
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
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
