package org.tracelab.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
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
import org.tracelab.app.service.report.ReportService;
import org.tracelab.app.service.store.OpenStore;
import org.tracelab.app.ui.importing.FileOutcome;
import org.tracelab.app.ui.results.ModeLine;
import org.tracelab.app.ui.runs.RunRow;
import org.tracelab.app.ui.settings.JsonSettingsFile;
import org.tracelab.app.ui.settings.Settings;
import org.tracelab.app.ui.shell.Desktop;
import org.tracelab.core.stats.TableFormat;
import org.tracelab.core.testing.SharedData;
import org.tracelab.storage.query.ModeAggregate;

/**
 * The desktop app's main flows on a temporary store, driven like a person would: first start, an import through
 * the dialog, the runs table, the results, a rejected file, the theme. After each test, no store, file or
 * settings call may have run on the FX thread.
 */
@ExtendWith(ApplicationExtension.class)
class DesktopAppTest {

    private static final long TIMEOUT_SECONDS = 20;

    @TempDir
    Path dir;

    private final FxThreadGuard guard = new FxThreadGuard();
    private final FixedFileChoosers choosers = new FixedFileChoosers();
    private Path store;
    private Path settingsFile;
    private Desktop desktop;

    @Start
    void start(Stage stage) {
        store = dir.resolve("traces.tracelab.db");
        settingsFile = dir.resolve("config/settings.json");
        desktop = Desktop.start(
                stage,
                store,
                Desktop.Dependencies.of(
                        GuardedWorkspace.opener(guard),
                        new GuardedSettingsStore(new JsonSettingsFile(settingsFile), guard),
                        Settings.defaults(),
                        choosers,
                        2));
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
    void firstStartExplainsTheTwoWaysIn(FxRobot robot) throws TimeoutException {
        waitUntil(() -> robot.lookup("#emptyState").query().isVisible());

        assertThat(Files.exists(store)).as("the store is created when missing").isTrue();
        assertThat(robot.lookup("#emptyImportButton").queryButton().isDisabled())
                .isFalse();
        assertThat(robot.lookup("#emptyRunBenchmarkButton").queryButton().isDisabled())
                .isFalse();
        assertThat(robot.lookup("#storePathLabel").queryAs(Label.class).getText())
                .contains(store.toString());
        assertThat(robot.lookup("#runsList").query().isVisible()).isFalse();
    }

    @Test
    void importedWasmAgentRunShowsInRunsAndResults(FxRobot robot) throws Exception {
        Path runs = SharedData.require("data/wasmagent/qwen2.5-1.5b-seed42/runs.jsonl");
        Path prompts = SharedData.require("data/ifeval/input_data.jsonl");
        Path nltk = SharedData.require("data/nltk_data");
        waitUntil(() -> robot.lookup("#emptyState").query().isVisible());

        robot.clickOn("#emptyImportButton");
        waitUntil(() -> robot.lookup("#importDialog").tryQuery().isPresent());
        assertThat(robot.lookup("#importButton").queryButton().isDisabled())
                .as("nothing chosen yet")
                .isTrue();
        assertThat(robot.lookup("#importValidation").queryAs(Label.class).getText())
                .contains("Add at least one file")
                .contains("Choose the prompts file");

        choosers.files(runs).file(prompts).folder(nltk);
        robot.clickOn("#addFilesButton");
        assertThat(robot.lookup("#importButton").queryButton().isDisabled())
                .as("prompts still missing")
                .isTrue();
        robot.clickOn("#choosePromptsButton");
        robot.clickOn("#chooseNltkButton");
        assertThat(robot.lookup("#importValidation").queryAs(Label.class).getText())
                .isEmpty();
        robot.clickOn("#importButton");

        waitUntil(() ->
                robot.lookup("#importSummary").queryAs(Label.class).getText().startsWith("Imported"));
        assertThat(robot.lookup("#importSummary").queryAs(Label.class).getText())
                .isEqualTo("Imported 1 file.");
        assertThat(items(robot, "#importOutcomes")).containsExactly("Imported runs.jsonl: 150 chains into run 1");
        assertThat(items(robot, "#importProblems")).isEmpty();
        robot.clickOn("#closeImportButton");

        TableView<RunRow> runsTable = table(robot, "#runsTable");
        waitUntil(() -> robot.lookup("#runsList").query().isVisible()
                && runsTable.getItems().size() == 1);
        RunRow row = runsTable.getItems().get(0);
        assertThat(row.model()).isEqualTo("qwen2.5-1.5b");
        assertThat(row.seeds()).isEqualTo("42");
        assertThat(row.status()).isEqualTo("finished");
        assertThat(robot.lookup("#emptyState").query().isVisible()).isFalse();

        Node firstRow = robot.lookup("#runsTable .table-row-cell").nth(0).query();
        robot.clickOn(firstRow);
        robot.clickOn("#showResultsButton");
        waitUntil(() -> robot.lookup("#resultsTable-1").tryQuery().isPresent());
        TableView<ModeLine> results = table(robot, "#resultsTable-1");
        assertThat(results.getItems()).hasSize(3);
        Map<String, String> shownStrict =
                results.getItems().stream().collect(Collectors.toMap(ModeLine::mode, ModeLine::promptStrict));
        assertThat(results.getItems()).allSatisfy(line -> {
            assertThat(line.finishedChains()).isEqualTo(50);
            assertThat(line.attempts()).isEqualTo(50);
        });
        BarChart<?, ?> chart = robot.lookup("#promptChart-1").queryAs(BarChart.class);
        assertThat(chart.getData()).hasSize(2);
        assertThat(chart.getData().get(0).getData()).hasSize(3);

        // Paired mode comparisons: one column per pair of the three modes, one row per measure core's TableFormat
        // renders (turned a quarter so it fits the pane).
        TableView<List<String>> comparisons = table(robot, "#comparisonsTable-1");
        assertThat(comparisons.getColumns().get(0).getText()).isEqualTo("comparison");
        List<String> shownComparisons = comparisons.getColumns().stream()
                .skip(1)
                .map(TableColumn::getText)
                .toList();
        assertThat(shownComparisons).hasSize(3);
        List<String> differences = comparisons.getItems().stream()
                .filter(measure -> measure.get(0).equals("difference pp"))
                .findFirst()
                .orElseThrow()
                .subList(1, 4);

        // Strict pass rate by instruction id: one series per mode, every bar a percentage.
        BarChart<?, ?> byInstruction = robot.lookup("#instructionChart-1").queryAs(BarChart.class);
        assertThat(byInstruction.getData())
                .extracting(XYChart.Series::getName)
                .containsExactlyInAnyOrderElementsOf(shownStrict.keySet());
        assertThat(byInstruction.getData()).allSatisfy(series -> {
            assertThat(series.getData()).hasSizeGreaterThan(10);
            assertThat(series.getData())
                    .allSatisfy(bar ->
                            assertThat(((Number) bar.getXValue()).doubleValue()).isBetween(0.0, 100.0));
        });
        Map<String, Double> directByInstruction = new java.util.HashMap<>();
        byInstruction.getData().stream()
                .filter(series -> series.getName().equals("direct"))
                .flatMap(series -> series.getData().stream())
                .forEach(bar ->
                        directByInstruction.put((String) bar.getYValue(), ((Number) bar.getXValue()).doubleValue()));

        robot.clickOn("#copyMarkdownButton");
        String markdown = fx(() -> Clipboard.getSystemClipboard().getString());
        assertThat(markdown).startsWith("### #1 ").contains("| mode |").contains("prompt strict %");
        shownStrict.forEach(
                (mode, strict) -> assertThat(markdown).contains("| " + mode + " | 1 | 50 | 50 | " + strict + " |"));

        // The same figures straight from the report service, on the same store after the app closed it.
        robot.interact(desktop::shutdown);
        desktop = null;
        try (OpenStore traceStore = OpenStore.open(store)) {
            List<ModeAggregate> modes = new ReportService(traceStore)
                    .summaries(1L)
                    .orElseThrow()
                    .get(0)
                    .modes();
            assertThat(modes).hasSize(3);
            for (ModeAggregate mode : modes) {
                assertThat(shownStrict.get(mode.mode()))
                        .as(mode.mode())
                        .isEqualTo(String.format(
                                Locale.ROOT, "%.1f", 100 * mode.all().promptStrict()));
            }
            // Results lists the modes in the run's own order, as the command line's report does.
            String expectedComparisons = TableFormat.CSV.renderComparisons(
                    new ReportService(traceStore).report(1L).orElseThrow().statistics());
            List<String> expectedLines = expectedComparisons.lines().skip(1).toList();
            assertThat(expectedLines).hasSameSizeAs(shownComparisons);
            for (int i = 0; i < expectedLines.size(); i++) {
                String[] cells = expectedLines.get(i).split(",", 5);
                assertThat(shownComparisons.get(i)).isEqualTo(cells[0] + " vs " + cells[1]);
                assertThat(differences.get(i)).isEqualTo(cells[3]);
            }
            // Independent count for the direct mode: final attempts' strict verdicts per instruction id.
            Map<String, int[]> counts = new java.util.TreeMap<>();
            traceStore.read(reader -> {
                reader.forEachRecord(1L, record -> {
                    if (record.mode().equals("direct") && record.finalAttemptIndex() != null) {
                        record.attempts()
                                .get(record.finalAttemptIndex())
                                .verdicts()
                                .forEach(v -> {
                                    int[] c = counts.computeIfAbsent(v.instructionId(), k -> new int[2]);
                                    c[0] += v.strict() ? 1 : 0;
                                    c[1]++;
                                });
                    }
                });
                return null;
            });
            assertThat(directByInstruction).hasSameSizeAs(counts);
            counts.forEach((id, c) -> assertThat(directByInstruction.get(id))
                    .as(id)
                    .isCloseTo(100.0 * c[0] / c[1], org.assertj.core.data.Offset.offset(1e-9)));
        }
    }

    @Test
    void twoRunsChosenTogetherAreComparedSideBySide(FxRobot robot) throws Exception {
        Path seed42 = SharedData.require("data/wasmagent/qwen2.5-1.5b-seed42/runs.jsonl");
        Path seed43 = SharedData.require("data/wasmagent/qwen2.5-1.5b-seed43/runs.jsonl");
        Path prompts = SharedData.require("data/ifeval/input_data.jsonl");
        waitUntil(() -> robot.lookup("#emptyState").query().isVisible());

        choosers.files(seed42, seed43).file(prompts);
        robot.clickOn("#emptyImportButton");
        waitUntil(() -> robot.lookup("#importDialog").tryQuery().isPresent());
        robot.clickOn("#addFilesButton").clickOn("#choosePromptsButton").clickOn("#importButton");
        waitUntil(() ->
                robot.lookup("#importSummary").queryAs(Label.class).getText().startsWith("Imported"));
        assertThat(items(robot, "#importOutcomes"))
                .containsExactly(
                        "Imported runs.jsonl: 150 chains into run 1", "Imported runs.jsonl: 150 chains into run 2");
        robot.clickOn("#closeImportButton");

        robot.clickOn("#navResults");
        waitUntil(() ->
                robot.lookup("#resultsRunList .list-cell").nth(1).tryQuery().isPresent()
                        && robot.lookup("#resultsRunList")
                                        .queryAs(ListView.class)
                                        .getItems()
                                        .size()
                                == 2);
        Node firstRun = robot.lookup("#resultsRunList .list-cell").nth(0).query();
        Node secondRun = robot.lookup("#resultsRunList .list-cell").nth(1).query();
        robot.clickOn(firstRun);
        robot.press(KeyCode.CONTROL).clickOn(secondRun).release(KeyCode.CONTROL);

        waitUntil(() -> robot.lookup("#resultsTable-1").tryQuery().isPresent()
                && robot.lookup("#resultsTable-2").tryQuery().isPresent());
        Node first = robot.lookup("#runResult-1").query();
        Node second = robot.lookup("#runResult-2").query();
        assertThat(first.getParent()).isSameAs(second.getParent());
        assertThat(second.localToScene(0, 0).getX())
                .as("side by side")
                .isGreaterThan(first.localToScene(0, 0).getX());
        assertThat(table(robot, "#resultsTable-2").getItems()).hasSize(3);

        robot.clickOn("#copyCsvButton");
        String csv = fx(() -> Clipboard.getSystemClipboard().getString());
        assertThat(csv.lines())
                .hasSize(1 + 3 + 3)
                .first()
                .asString()
                .startsWith("run,mode,seeds,tasks,chains,prompt strict %");
        assertThat(csv.lines().skip(1)).allMatch(line -> line.startsWith("#1 ") || line.startsWith("#2 "));
    }

    @Test
    void badLinesAreListedAsFileLineProblemsAndNothingIsImported(FxRobot robot) throws Exception {
        Path prompts = Files.writeString(
                dir.resolve("prompts.jsonl"),
                "{\"key\": 5, \"prompt\": \"Say hi.\", "
                        + "\"instruction_id_list\": [\"punctuation:no_comma\"], \"kwargs\": [{}]}\n");
        String good = "{\"task_id\": \"ifeval.5\", \"model\": \"m\", \"mode\": \"direct\", \"violations\": [], "
                + "\"repair_trace\": [], \"repair_rounds\": 0, \"final_pass\": true, \"token_cost\": {}, "
                + "\"latency_ms\": 3, \"artifact\": \"hi\"}";
        Path runs = Files.write(
                dir.resolve("runs.jsonl"),
                List.of(
                        good,
                        good.replace("ifeval.5", "ifeval.6"),
                        good.replace("\"final_pass\": true", "\"final_pass\": \"yes\""),
                        "{not json"));
        waitUntil(() -> robot.lookup("#emptyState").query().isVisible());

        choosers.files(runs).file(prompts);
        robot.clickOn("#emptyImportButton");
        waitUntil(() -> robot.lookup("#importDialog").tryQuery().isPresent());
        robot.clickOn("#addFilesButton").clickOn("#choosePromptsButton").clickOn("#importButton");

        waitUntil(() ->
                !robot.lookup("#importSummary").queryAs(Label.class).getText().isEmpty());
        List<String> problems = items(robot, "#importProblems");
        assertThat(problems).hasSize(3);
        assertThat(problems.get(0)).isEqualTo(runs + ":2: task_id: key 6 is not in the prompts file");
        assertThat(problems.get(1)).isEqualTo(runs + ":3: final_pass: must be true or false");
        assertThat(problems.get(2)).startsWith(runs + ":4: malformed JSON");
        assertThat(items(robot, "#importOutcomes"))
                .containsExactly("Not imported runs.jsonl: 3 problems (listed below), nothing written");
        assertThat(robot.lookup("#importSummary").queryAs(Label.class).getText())
                .isEqualTo("Imported 0 files, 1 not imported: see below.");
        robot.clickOn("#closeImportButton");
        assertThat(robot.lookup("#emptyState").query().isVisible())
                .as("still no runs")
                .isTrue();
    }

    @Test
    void darkThemeSwapsTheColourStylesheetAndIsRemembered(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#emptyState").query().isVisible());
        Node root = robot.lookup("#mainWindow").query();
        assertThat(root.getScene().getStylesheets())
                .anyMatch(s -> s.endsWith("colors-light.css"))
                .anyMatch(s -> s.endsWith("base.css"));

        robot.clickOn("View").clickOn("Dark theme");

        assertThat(root.getScene().getStylesheets())
                .anyMatch(s -> s.endsWith("colors-dark.css"))
                .noneMatch(s -> s.endsWith("colors-light.css"))
                .anyMatch(s -> s.endsWith("base.css"));
        waitUntil(() ->
                Files.exists(settingsFile) && Files.readString(settingsFile).contains("\"theme\" : \"dark\""));
        robot.press(KeyCode.SHORTCUT).type(KeyCode.DIGIT2).release(KeyCode.SHORTCUT);
        assertThat(robot.lookup("#resultsView").query().isVisible()).isTrue();
    }

    @Test
    void theGuardCatchesStoreCallsOnTheFxThread(FxRobot robot) throws Exception {
        waitUntil(() -> desktop.viewModel().session().workspace().get() != null);
        robot.interact(() -> desktop.viewModel().session().workspace().get().runs());
        // The check is not vacuous; drained so that teardown's assertion covers the app's own calls.
        assertThat(guard.drain()).singleElement().asString().startsWith("runs on JavaFX Application Thread");
    }

    @SuppressWarnings("unchecked")
    private static <T> TableView<T> table(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(TableView.class);
    }

    private static List<String> items(FxRobot robot, String query) {
        ListView<?> list = robot.lookup(query).queryAs(ListView.class);
        return list.getItems().stream()
                .map(item -> item instanceof FileOutcome outcome ? outcome.describe() : String.valueOf(item))
                .toList();
    }

    private static <T> T fx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
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
