package org.tracelab.app.ui.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
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
import org.tracelab.app.service.bench.IfevalDownloads;
import org.tracelab.app.service.bench.LocalModelConnections;
import org.tracelab.app.testing.LoopbackFileServer;
import org.tracelab.app.testing.LoopbackModelServer;
import org.tracelab.app.ui.FixedFileChoosers;
import org.tracelab.app.ui.FxThreadGuard;
import org.tracelab.app.ui.GuardedIfevalDownloads;
import org.tracelab.app.ui.GuardedModelConnections;
import org.tracelab.app.ui.GuardedSettingsStore;
import org.tracelab.app.ui.GuardedWorkspace;
import org.tracelab.app.ui.settings.JsonSettingsFile;
import org.tracelab.app.ui.settings.Settings;
import org.tracelab.app.ui.shell.Desktop;
import org.tracelab.core.dataset.IfevalDownloader;
import org.tracelab.core.model.LocalServerDetector;
import org.tracelab.core.model.ServerKind;
import org.tracelab.core.testing.SharedData;

/**
 * "Get IFEval" in the benchmark dialog against a loopback file host (standing in for Hugging Face, serving the
 * sample tasks), then a run with a system prompt against the loopback model; and a download cancelled midway.
 */
@ExtendWith(ApplicationExtension.class)
class GetIfevalFlowTest {

    private static final long TIMEOUT_SECONDS = 25;
    private static final Path SAMPLES =
            SharedData.repositoryRoot().resolve("samples/tasks/tracelab-sample-tasks.jsonl");

    @TempDir
    Path dir;

    private final FxThreadGuard guard = new FxThreadGuard();
    private LoopbackFileServer host;
    private LoopbackModelServer model;
    private Path cache;
    private Desktop desktop;

    @Start
    void start(Stage stage) throws Exception {
        host = new LoopbackFileServer(IfevalDownloader.FILE_NAME, Files.readAllBytes(SAMPLES));
        model = new LoopbackModelServer(0);
        cache = dir.resolve("data/datasets");
        IfevalDownloads downloads = (listener, cancelled) ->
                new IfevalDownloader(HttpClient.newHttpClient(), host.baseUrl(), cache).obtain(listener, cancelled);
        LocalServerDetector detector = new LocalServerDetector(
                "127.0.0.1",
                List.of(new LocalServerDetector.Target(model.port(), ServerKind.LLAMA_SERVER)),
                Duration.ofSeconds(2));
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
                        .withConnections(new GuardedModelConnections(new LocalModelConnections(detector), guard))
                        .withIfeval(new GuardedIfevalDownloads(downloads, guard)));
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
    void getsIfevalIntoTheFormThenRunsWithASystemPrompt(FxRobot robot) throws Exception {
        openDialog(robot);

        robot.clickOn("#getIfevalButton");
        waitUntil(() -> text(robot, "#datasetSummary").startsWith("71 tasks"));
        Path cached = cache.resolve(IfevalDownloader.FILE_NAME);
        assertThat(robot.lookup("#datasetChoice").queryAs(ComboBox.class).getValue())
                .isEqualTo(cached);
        assertThat(text(robot, "#ifevalStatus"))
                .startsWith("IFEval: 71 prompts")
                .contains("not byte-identical to the official input_data.jsonl")
                .contains("downloaded to " + cached);
        assertThat(cached).hasSameBinaryContentAs(SAMPLES);

        String system = "You are a careful assistant.";
        robot.clickOn("#endpointField").write(model.baseUrl());
        robot.clickOn("#modelField").write(LoopbackModelServer.MODEL);
        reveal(robot, "#limitField");
        robot.clickOn("#limitField").write("2");
        reveal(robot, "#systemPromptField");
        robot.clickOn("#systemPromptField").write(system);
        waitUntil(() -> !robot.lookup("#startBenchmarkButton").queryButton().isDisabled());
        robot.clickOn("#startBenchmarkButton");
        try {
            waitUntil(() -> text(robot, "#benchmarkSummary").startsWith("Run #1 finished"));
        } catch (TimeoutException e) {
            throw new AssertionError(
                    "summary '" + text(robot, "#benchmarkSummary") + "' message '"
                            + text(robot, "#benchmarkMessage") + "' validation '" + text(robot, "#benchmarkValidation")
                            + "' calls " + model.calls(),
                    e);
        }
        assertThat(model.chatRequests()).isNotEmpty().allSatisfy(request -> {
            JsonNode first = request.get("messages").get(0);
            assertThat(first.get("role").asText()).isEqualTo("system");
            assertThat(first.get("content").asText()).isEqualTo(system);
        });

        robot.clickOn("#getIfevalButton");
        waitUntil(() -> text(robot, "#ifevalStatus").contains("from the cache"));
        assertThat(host.requests()).as("the cached copy is reused").isEqualTo(1);
    }

    @Test
    void aCancelledDownloadCachesNothingAndLeavesTheFormAsItWas(FxRobot robot) throws Exception {
        host.holdAfterFirstBytes();
        openDialog(robot);

        robot.clickOn("#getIfevalButton");
        ProgressBar progress = robot.lookup("#ifevalProgress").queryAs(ProgressBar.class);
        Node downloadRow = robot.lookup("#ifevalDownloadRow").query();
        waitUntil(() -> downloadRow.isVisible() && progress.getProgress() > 0 && progress.getProgress() < 1);
        assertThat(text(robot, "#ifevalStatus")).contains("of 29 KiB");
        robot.clickOn("#cancelIfevalButton");
        waitUntil(() -> text(robot, "#ifevalStatus").equals("Download cancelled."));
        host.release();

        assertThat(robot.lookup("#datasetChoice").queryAs(ComboBox.class).getValue())
                .isNull();
        assertThat(downloadRow.isVisible()).isFalse();
        assertThat(robot.lookup("#getIfevalButton").queryButton().isDisabled()).isFalse();
        waitUntil(() -> {
            try (Stream<Path> files = Files.list(cache)) {
                return files.findAny().isEmpty(); // the partial file is removed once the download thread stops
            }
        });
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
