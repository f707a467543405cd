package org.tracelab.app.ui.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.tracelab.app.service.bench.LocalModelConnections;
import org.tracelab.app.testing.LoopbackModelServer;
import org.tracelab.app.ui.FixedFileChoosers;
import org.tracelab.app.ui.FxThreadGuard;
import org.tracelab.app.ui.GuardedModelConnections;
import org.tracelab.app.ui.GuardedSettingsStore;
import org.tracelab.app.ui.GuardedWorkspace;
import org.tracelab.app.ui.results.ModeLine;
import org.tracelab.app.ui.runs.RunRow;
import org.tracelab.app.ui.settings.JsonSettingsFile;
import org.tracelab.app.ui.settings.Settings;
import org.tracelab.app.ui.shell.Desktop;
import org.tracelab.core.model.LocalServerDetector;
import org.tracelab.core.model.ServerKind;
import org.tracelab.core.testing.LoopbackFaultServer;
import org.tracelab.core.testing.SharedData;
import org.tracelab.core.trace.ChainStatus;
import org.tracelab.storage.StoredAttempt;
import org.tracelab.storage.TraceReader;
import org.tracelab.storage.TraceStore;
import org.tracelab.storage.query.ChainQuery;
import org.tracelab.storage.query.ChainSummary;
import org.tracelab.storage.query.PageRequest;

/**
 * "Run a benchmark" driven like a person would, against a loopback TEST model server on a temporary store: a
 * run to completion with its results, a run cancelled midway then resumed, and a run a failing server interrupts
 * then resumed once it answers again. No store, file, settings or
 * model call may run on the FX thread.
 */
@ExtendWith(ApplicationExtension.class)
class BenchmarkFlowTest {

    private static final long TIMEOUT_SECONDS = 25;
    private static final Path SAMPLES =
            SharedData.repositoryRoot().resolve("samples/tasks/tracelab-sample-tasks.jsonl");

    @TempDir
    Path dir;

    private final FxThreadGuard guard = new FxThreadGuard();
    private final FixedFileChoosers choosers = new FixedFileChoosers();
    private LoopbackModelServer server;
    private Path store;
    private Desktop desktop;

    @BeforeEach
    void startServer() throws Exception {
        server = new LoopbackModelServer(0);
    }

    @Start
    void start(Stage stage) throws Exception {
        if (server == null) {
            startServer();
        }
        store = dir.resolve("traces.tracelab.db");
        LocalServerDetector detector = new LocalServerDetector(
                "127.0.0.1",
                List.of(new LocalServerDetector.Target(server.port(), ServerKind.LLAMA_SERVER)),
                Duration.ofSeconds(2));
        desktop = Desktop.start(
                stage,
                store,
                Desktop.Dependencies.of(
                                GuardedWorkspace.opener(guard),
                                new GuardedSettingsStore(
                                        new JsonSettingsFile(dir.resolve("config/settings.json")), guard),
                                Settings.defaults(),
                                choosers,
                                2)
                        .withConnections(new GuardedModelConnections(new LocalModelConnections(detector), guard)));
    }

    @AfterEach
    void shutDown(FxRobot robot) throws TimeoutException {
        if (desktop != null) {
            robot.interact(desktop::shutdown);
            desktop = null;
        }
        FxToolkit.cleanupStages();
        server.close();
        assertThat(guard.violations())
                .as("store, file, settings or model calls on the FX thread")
                .isEmpty();
    }

    @Test
    void runsABenchmarkToCompletionAndShowsItsResults(FxRobot robot) throws Exception {
        openDialogAndFillIn(robot);
        robot.clickOn("#testConnectionButton");
        waitUntil(() -> text(robot, "#connectionStatus").startsWith("Answers"));
        assertThat(text(robot, "#connectionStatus")).contains(LoopbackModelServer.MODEL);
        assertThat(text(robot, "#ollamaNote")).contains("4,096");

        robot.clickOn("#startBenchmarkButton");
        waitUntil(() -> text(robot, "#benchmarkSummary").startsWith("Run #1 "));
        assertThat(text(robot, "#benchmarkSummary")).startsWith("Run #1 finished: 9 chains finished");
        TableView<AttemptRow> attempts = table(robot, "#attemptsTable");
        assertThat(attempts.getItems())
                .isNotEmpty()
                .allSatisfy(row -> assertThat(row.task()).isNotBlank());
        assertThat(robot.lookup("#passRateChart").queryAs(LineChart.class).getData())
                .hasSize(3);
        robot.clickOn("#closeBenchmarkButton");

        TableView<RunRow> runs = table(robot, "#runsTable");
        waitUntil(() ->
                runs.getItems().size() == 1 && runs.getItems().get(0).status().equals("finished"));
        assertThat(runs.getItems().get(0).model()).isEqualTo(LoopbackModelServer.MODEL);
        robot.clickOn(robot.lookup("#runsTable .table-row-cell").nth(0).query().lookup(".table-cell"));
        assertThat(robot.lookup("#resumeRunButton").queryButton().isDisabled())
                .as("a finished run")
                .isTrue();
        robot.clickOn("#showResultsButton");
        waitUntil(() -> robot.lookup("#resultsTable-1").tryQuery().isPresent());
        TableView<ModeLine> results = table(robot, "#resultsTable-1");
        assertThat(results.getItems())
                .hasSize(3)
                .allSatisfy(line -> assertThat(line.finishedChains()).isEqualTo(3));

        // Tokens as the loopback model reports them (12 prompt + 9 completion per call), none unknown.
        // The usage table is transposed: one row per measure, one column per mode.
        TableView<List<String>> usage = table(robot, "#usageTable-1");
        assertThat(usage.getColumns())
                .extracting(TableColumn::getText)
                .containsExactly("mode", "direct", "prompt_retry", "full_pcl");
        Map<String, List<String>> measures = new HashMap<>();
        usage.getItems().forEach(row -> measures.put(row.get(0), row));
        for (int column = 1; column <= 3; column++) {
            long calls = Long.parseLong(measures.get("calls").get(column));
            assertThat(measures.get("chains").get(column)).isEqualTo("3");
            assertThat(measures.get("prompt tokens").get(column)).isEqualTo(String.valueOf(12 * calls));
            assertThat(measures.get("completion tokens").get(column)).isEqualTo(String.valueOf(9 * calls));
            assertThat(measures.get("calls without token counts").get(column)).isEqualTo("0");
        }
        // How the repair modes' chains ended: each stacked bar adds up to all of its chains.
        StackedBarChart<String, Number> repairs = robot.lookup("#repairChart-1").queryAs(StackedBarChart.class);
        assertThat(repairs.getData()).isNotEmpty();
        Map<String, Double> totals = new HashMap<>();
        repairs.getData()
                .forEach(series -> series.getData()
                        .forEach(bar ->
                                totals.merge(bar.getXValue(), bar.getYValue().doubleValue(), Double::sum)));
        assertThat(totals.keySet()).containsExactlyInAnyOrder("prompt_retry", "full_pcl");
        assertThat(totals.values()).allSatisfy(total -> assertThat(total).isCloseTo(100.0, within(1e-9)));

        // Every table copies on its own, as Markdown or CSV.
        assertThat(copied(robot, "#copyUsageCsv-1").lines().toList())
                .hasSize(4)
                .first()
                .asString()
                .startsWith("mode,chains,calls,prompt tokens,completion tokens");
        assertThat(copied(robot, "#copyComparisonsMarkdown-1"))
                .startsWith("| mode | baseline |")
                .contains("| full_pcl | direct |");
        assertThat(copied(robot, "#copyRepairsMarkdown-1"))
                .contains("| prompt_retry | 3 |")
                .contains("| full_pcl | 3 |");
        // The statistics of ADR 0008: task-level test, repair strategies per rule, power guidance.
        assertThat(copied(robot, "#copyComparisonsCsv-1")).contains("task-level test");
        assertThat(copied(robot, "#copyStrategiesMarkdown-1")).startsWith("| violated instruction | strategy |");
        assertThat(copied(robot, "#copyPowerCsv-1").lines())
                .first()
                .asString()
                .isEqualTo(
                        "comparison,tasks,\"detectable difference pp (80% power, 5% level)\",with unlimited seeds pp");
        assertThat(copied(robot, "#copyModesCsv-1")).startsWith("mode,seeds,tasks,chains,prompt strict %");
        assertThat(text(robot, "#copyStatus")).isEqualTo("Copied pass rates of run #1 as CSV");
    }

    /** Presses a copy button below the fold (as scrolling to it and clicking would) and reads the clipboard. */
    private static String copied(FxRobot robot, String button) {
        AtomicReference<String> text = new AtomicReference<>();
        robot.interact(() -> {
            robot.lookup(button).queryButton().fire();
            text.set(Clipboard.getSystemClipboard().getString());
        });
        return text.get();
    }

    @Test
    void aCancelledRunIsResumedAndEndsWithEveryChainOnce(FxRobot robot) throws Exception {
        server.delay(800); // each answer takes long enough that the run is still going when Cancel is clicked
        openDialogAndFillIn(robot);
        robot.clickOn("#startBenchmarkButton");
        TableView<AttemptRow> attempts = table(robot, "#attemptsTable");
        waitUntil(() -> !attempts.getItems().isEmpty());
        robot.clickOn("#cancelBenchmarkButton");
        waitUntil(() -> text(robot, "#benchmarkSummary").startsWith("Run #1 "));
        assertThat(text(robot, "#benchmarkSummary"))
                .startsWith("Run #1 cancelled")
                .doesNotContain("9 chains finished");
        robot.clickOn("#closeBenchmarkButton");

        TableView<RunRow> runs = table(robot, "#runsTable");
        waitUntil(() ->
                runs.getItems().size() == 1 && runs.getItems().get(0).status().equals("cancelled"));
        robot.clickOn(robot.lookup("#runsTable .table-row-cell").nth(0).query().lookup(".table-cell"));
        robot.clickOn("#resumeRunButton");
        waitUntil(() -> robot.lookup("#benchmarkDialog").tryQuery().isPresent()
                && robot.lookup("#startBenchmarkButton").queryButton().getText().equals("Resume")
                && !robot.lookup("#startBenchmarkButton").queryButton().isDisabled());
        assertThat(robot.lookup("#limitField").queryAs(TextField.class).getText())
                .isEqualTo("3");
        assertThat(robot.lookup("#limitField").query().isDisabled())
                .as("the plan cannot change")
                .isTrue();
        server.delay(50);
        robot.clickOn("#startBenchmarkButton");
        waitUntil(() -> text(robot, "#benchmarkSummary").startsWith("Run #1 finished"));
        assertThat(text(robot, "#benchmarkSummary")).contains("already done");
        robot.clickOn("#closeBenchmarkButton");
        waitUntil(() ->
                runs.getItems().size() == 1 && runs.getItems().get(0).status().equals("finished"));

        robot.interact(desktop::shutdown);
        desktop = null;
        try (TraceStore traceStore = TraceStore.open(store);
                TraceReader reader = traceStore.openReader()) {
            List<ChainSummary> chains = reader.chains(ChainQuery.all().withRuns(1L), PageRequest.first(100))
                    .rows();
            assertThat(chains)
                    .hasSize(9)
                    .allSatisfy(chain -> assertThat(chain.status()).isEqualTo(ChainStatus.FINISHED));
            Set<String> keys = new HashSet<>();
            for (ChainSummary chain : chains) {
                assertThat(keys.add(chain.datasetKey() + "/" + chain.mode() + "/" + chain.seed() + "/" + chain.fork()))
                        .as("chain stored once")
                        .isTrue();
                List<StoredAttempt> stored = reader.attempts(chain.chainId());
                for (int i = 0; i < stored.size(); i++) {
                    assertThat(stored.get(i).attempt().index())
                            .as("attempts stored once, in order")
                            .isEqualTo(i);
                }
            }
        }
    }

    @Test
    void aFailingServerShowsANoticeLeavesTheRunInterruptedAndResumeFinishesIt(FxRobot robot) throws Exception {
        try (LoopbackFaultServer failing = LoopbackFaultServer.start()) {
            failing.always(LoopbackFaultServer.RESET);
            openDialogAndFillIn(robot, failing.baseUrl(), LoopbackFaultServer.MODEL);
            assertThat(robot.lookup("#idleTimeoutField")
                            .queryAs(TextField.class)
                            .getPromptText())
                    .isEqualTo("default: 120");
            // The failing-server section is the form's last: scrolled to, as a person would.
            robot.interact(() ->
                    robot.lookup("#benchmarkForm").queryAs(ScrollPane.class).setVvalue(1));
            robot.clickOn("#faultLimitField").eraseText(1).write("2");
            robot.clickOn("#startBenchmarkButton");
            waitUntil(() -> text(robot, "#benchmarkSummary").startsWith("Run #1 "));

            assertThat(robot.lookup("#benchmarkFaultNotice").query().isVisible())
                    .isTrue();
            assertThat(text(robot, "#benchmarkFaultNotice"))
                    .startsWith("The server is failing: 2 calls to " + failing.baseUrl() + " lost (connection: ")
                    .contains("2 failures in a row end the run");
            assertThat(text(robot, "#benchmarkSummary"))
                    .startsWith("Run #1 interrupted: 0 chains finished")
                    .contains("9 chains are unfinished (in no rate) after 2 failed calls");
            robot.clickOn("#closeBenchmarkButton");
            TableView<RunRow> runs = table(robot, "#runsTable");
            waitUntil(() -> runs.getItems().size() == 1
                    && runs.getItems().get(0).status().equals("interrupted"));
            assertThat(runs.getItems().get(0).unfinished()).isEqualTo("9 of 9 chains · 2 failed calls");

            failing.always(LoopbackFaultServer.ANSWER);
            robot.clickOn(
                    robot.lookup("#runsTable .table-row-cell").nth(0).query().lookup(".table-cell"));
            robot.clickOn("#resumeRunButton");
            waitUntil(() -> robot.lookup("#startBenchmarkButton")
                            .queryButton()
                            .getText()
                            .equals("Resume")
                    && !robot.lookup("#startBenchmarkButton").queryButton().isDisabled());
            robot.clickOn("#startBenchmarkButton");
            waitUntil(() -> text(robot, "#benchmarkSummary").startsWith("Run #1 finished"));
            assertThat(text(robot, "#benchmarkSummary")).startsWith("Run #1 finished: 9 chains finished");
            assertThat(robot.lookup("#benchmarkFaultNotice").query().isVisible())
                    .isFalse();
            robot.clickOn("#closeBenchmarkButton");
            waitUntil(() -> runs.getItems().size() == 1
                    && runs.getItems().get(0).status().equals("finished"));
            assertThat(runs.getItems().get(0).unfinished()).isEmpty();
        }
    }

    private void openDialogAndFillIn(FxRobot robot) throws TimeoutException {
        openDialogAndFillIn(robot, server.baseUrl(), LoopbackModelServer.MODEL);
    }

    private void openDialogAndFillIn(FxRobot robot, String endpoint, String model) throws TimeoutException {
        waitUntil(() -> robot.lookup("#emptyState").query().isVisible());
        robot.clickOn("#emptyRunBenchmarkButton");
        waitUntil(() -> robot.lookup("#benchmarkDialog").tryQuery().isPresent());
        assertThat(robot.lookup("#startBenchmarkButton").queryButton().isDisabled())
                .as("nothing chosen")
                .isTrue();
        waitUntil(() -> text(robot, "#detectionStatus").startsWith("Found"));
        assertThat(text(robot, "#detectionStatus")).isEqualTo("Found 1 server(s), 1 model(s).");

        robot.clickOn("#endpointField").write(endpoint);
        robot.clickOn("#modelField").write(model);
        choosers.file(SAMPLES);
        robot.clickOn("#chooseDatasetButton");
        waitUntil(() -> text(robot, "#datasetSummary").startsWith("71 tasks"));
        robot.clickOn("#limitField").write("3");
        assertThat(text(robot, "#benchmarkValidation")).isEmpty();
        assertThat(robot.lookup("#startBenchmarkButton").queryButton().isDisabled())
                .isFalse();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
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
