package org.tracelab.app.ui.compose;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
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
import org.tracelab.app.service.report.InstructionLabels;
import org.tracelab.app.service.store.OpenStore;
import org.tracelab.app.testing.LoopbackModelServer;
import org.tracelab.app.ui.FixedFileChoosers;
import org.tracelab.app.ui.FxThreadGuard;
import org.tracelab.app.ui.GuardedModelConnections;
import org.tracelab.app.ui.GuardedSettingsStore;
import org.tracelab.app.ui.GuardedWorkspace;
import org.tracelab.app.ui.results.InstructionTable;
import org.tracelab.app.ui.settings.JsonSettingsFile;
import org.tracelab.app.ui.settings.Settings;
import org.tracelab.app.ui.shell.Desktop;
import org.tracelab.core.model.LocalServerDetector;
import org.tracelab.core.model.ServerKind;
import org.tracelab.core.trace.DatasetDescription;

/**
 * File › New task set… driven like a person would: compose a small pool of the test's own prompts, hold a type out,
 * use the written file in Run a benchmark…, run it against a loopback TEST model server (canned answers, no
 * language model), find the composed constraints in the Explorer's instruction filter by their readable names,
 * under their benchmark's heading, and the pool named in the export preview. No store, file, settings or model call
 * may run on the FX thread.
 */
@ExtendWith(ApplicationExtension.class)
class NewTaskSetFlowTest {

    private static final long TIMEOUT_SECONDS = 30;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private final FxThreadGuard guard = new FxThreadGuard();
    private final FixedFileChoosers choosers = new FixedFileChoosers();
    private LoopbackModelServer model;
    private Path store;
    private Desktop desktop;

    @Start
    void start(Stage stage) throws Exception {
        model = new LoopbackModelServer(0);
        store = dir.resolve("traces.tracelab.db");
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
        model.close();
        assertThat(guard.violations())
                .as("store, file, settings or model calls on the FX thread")
                .isEmpty();
    }

    @Test
    void composesASmallPoolRunsItAndShowsTheConstraintsByNameInTheExplorer(FxRobot robot) throws Exception {
        Path pool = Files.writeString(
                dir.resolve("harbour-pool.txt"),
                String.join(
                        "\n",
                        "# base prompts written for this test",
                        "Describe a harbour at dawn.",
                        "Explain why bread rises.",
                        "Write a short welcome note for new library members.",
                        "Give three reasons to learn to swim.",
                        ""));
        Path tasks = dir.resolve("harbour-tasks.jsonl");
        waitUntil(() -> robot.lookup("#emptyState").query().isVisible());

        robot.clickOn("File").clickOn("New task set…");
        waitUntil(() -> robot.lookup("#composeDialog").tryQuery().isPresent());
        assertThat(robot.lookup("#composeButton").queryButton().isDisabled())
                .as("nothing chosen")
                .isTrue();
        choosers.file(pool);
        robot.clickOn("#choosePoolButton");
        waitUntil(() -> text(robot, "#poolSummary").equals("4 prompts in harbour-pool.txt"));
        choosers.saveFile(tasks);
        robot.clickOn("#chooseTaskFileButton");
        assertThat(robot.lookup("#taskFileField").queryAs(TextField.class).getText())
                .isEqualTo(tasks.toString());
        robot.doubleClickOn("#perTaskField").write("3");

        // Hold JSON out of every task: found by searching, ticked in its row.
        robot.clickOn("#constraintSearchField").write("json");
        waitUntil(() -> robot.lookup("#holdout-detectable_format_json_format")
                .tryQuery()
                .isPresent());
        robot.clickOn("#holdout-detectable_format_json_format");
        robot.doubleClickOn("#constraintSearchField").eraseText(4);

        try {
            waitUntil(() -> previewTasks(robot) == 3);
        } catch (TimeoutException e) {
            throw new AssertionError(
                    "preview '" + text(robot, "#previewStatus") + "' validation '"
                            + text(robot, "#composeValidation") + "' per task '"
                            + robot.lookup("#perTaskField")
                                    .queryAs(TextField.class)
                                    .getText() + "'",
                    e);
        }
        assertThat(text(robot, "#previewStatus")).isEqualTo("The first 3 of 4 tasks, as they will be written:");
        assertThat(text(robot, "#composeValidation")).isEmpty();
        robot.clickOn("#composeButton");
        waitUntil(() -> text(robot, "#composeSummary").startsWith("Composed 4 tasks"));
        assertThat(text(robot, "#composeSummary"))
                .isEqualTo("Composed 4 tasks from harbour-pool.txt (3 per task, 24 "
                        + "types to draw from, seed 42) and wrote " + tasks + ".");

        List<JsonNode> written = new ArrayList<>();
        for (String line : Files.readAllLines(tasks)) {
            written.add(JSON.readTree(line));
        }
        assertThat(written).hasSize(4);
        Set<String> composedIds = new TreeSet<>();
        written.forEach(task -> task.get("instruction_id_list").forEach(id -> composedIds.add(id.asText())));
        assertThat(composedIds).isNotEmpty().doesNotContain("detectable_format:json_format");
        assertThat(written).allSatisfy(task -> {
            assertThat(task.get("instruction_id_list")).hasSize(3);
            assertThat(task.at("/provenance/holdout_ids/0").asText()).isEqualTo("detectable_format:json_format");
        });

        robot.clickOn("#useTaskSetButton");
        waitUntil(() -> robot.lookup("#benchmarkDialog").tryQuery().isPresent()
                && text(robot, "#datasetSummary").startsWith("4 tasks"));
        assertThat(robot.lookup("#datasetChoice").queryAs(ComboBox.class).getValue())
                .isEqualTo(tasks);
        assertThat(text(robot, "#datasetFormat"))
                .isEqualTo("IFEval format · IFEval instructions · 4 composed from harbour-pool.txt");
        robot.clickOn("#endpointField").write(model.baseUrl());
        robot.clickOn("#modelField").write(LoopbackModelServer.MODEL);
        waitUntil(() -> !robot.lookup("#startBenchmarkButton").queryButton().isDisabled());
        robot.clickOn("#startBenchmarkButton");
        waitUntil(() -> text(robot, "#benchmarkSummary").startsWith("Run #1 finished"));
        assertThat(text(robot, "#benchmarkSummary")).startsWith("Run #1 finished: 12 chains finished");
        robot.clickOn("#closeBenchmarkButton");

        // Results: the by-instruction table names the composed constraints, grouped by benchmark.
        TableView<?> runs = robot.lookup("#runsTable").queryTableView();
        waitUntil(() -> runs.getItems().size() == 1);
        robot.clickOn(robot.lookup("#runsTable .table-row-cell").nth(0).query().lookup(".table-cell"));
        robot.clickOn("#showResultsButton");
        waitUntil(() -> robot.lookup("#instructionTable-1").tryQuery().isPresent());
        TableView<InstructionTable.Row> byInstruction =
                robot.lookup("#instructionTable-1").queryTableView();
        assertThat(byInstruction.getItems())
                .extracting(row -> row.label().id())
                .containsExactlyInAnyOrderElementsOf(composedIds);
        assertThat(byInstruction.getItems()).allSatisfy(row -> {
            assertThat(row.label().benchmark()).isEqualTo("IFEval");
            assertThat(row.label().name())
                    .isEqualTo(InstructionLabels.builtIn().of(row.label().id()).name())
                    .isNotEqualTo(row.label().id());
        });

        robot.clickOn("#navExplorer");
        waitUntil(() -> robot.lookup("#instructionFacetGroup-IFEval").tryQuery().isPresent());
        InstructionLabels labels = InstructionLabels.builtIn();
        VBox facet = robot.lookup("#instructionFacet").queryAs(VBox.class);
        List<Node> rows = facet.getChildrenUnmodifiable();
        assertThat(((Label) rows.get(0)).getText()).isEqualTo("Instruction");
        assertThat(((Label) rows.get(1)).getText()).isEqualTo("IFEval");
        assertThat(rows).hasSize(2 + composedIds.size());
        List<String> shownIds = new ArrayList<>();
        for (Node row : rows.subList(2, rows.size())) {
            CheckBox box = (CheckBox) row;
            String id = box.getTooltip().getText();
            shownIds.add(id);
            assertThat(box.getText())
                    .as(id)
                    .startsWith(labels.of(id).name() + " (")
                    .doesNotContain(id);
        }
        assertThat(shownIds).containsExactlyInAnyOrderElementsOf(composedIds).isSortedAccordingTo(labels.order());

        // The export preview says, as the dataset card will, that the tasks were composed and from which pool.
        robot.clickOn("File").clickOn("Export dataset…");
        waitUntil(() -> robot.lookup("#exportDialog").tryQuery().isPresent());
        robot.clickOn("#exportKindChoice").clickOn("KTO: answers labelled pass / fail");
        waitUntil(() -> text(robot, "#previewOrigins").startsWith("4 of 4 tasks"));
        assertThat(text(robot, "#previewOrigins"))
                .isEqualTo("4 of 4 tasks were composed from harbour-pool.txt (seed 42).");
        robot.clickOn("#closeExportButton");

        robot.interact(desktop::shutdown);
        desktop = null;
        try (OpenStore open = OpenStore.open(store)) {
            DatasetDescription dataset =
                    open.read(reader -> reader.run(1).orElseThrow().info().dataset());
            assertThat(dataset.name()).isEqualTo("harbour-tasks.jsonl");
            assertThat(dataset.format()).isEqualTo("ifeval");
            assertThat(dataset.taskCount()).isEqualTo(4);
        }
    }

    private static int previewTasks(FxRobot robot) {
        return robot.lookup("#composePreview").queryAs(VBox.class).getChildren().size();
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
