package org.tracelab.app.ui.runs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
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
import org.tracelab.app.service.store.OpenStore;
import org.tracelab.app.testing.RealisticStore;
import org.tracelab.app.ui.FixedFileChoosers;
import org.tracelab.app.ui.FxThreadGuard;
import org.tracelab.app.ui.GuardedSettingsStore;
import org.tracelab.app.ui.GuardedWorkspace;
import org.tracelab.app.ui.importing.FileOutcome;
import org.tracelab.app.ui.settings.JsonSettingsFile;
import org.tracelab.app.ui.settings.Settings;
import org.tracelab.app.ui.shell.Desktop;
import org.tracelab.storage.StoredRun;

/**
 * Run management driven as a person would: rename with F2, notes from the context menu, delete with the Delete key and
 * the confirmation, and importing the same file twice (warned, then skipped or imported again). After each test no
 * store call may have run on the FX thread.
 */
@ExtendWith(ApplicationExtension.class)
class RunManagementFlowTest {

    private static final long TIMEOUT_SECONDS = 30;

    @TempDir
    Path dir;

    private final FxThreadGuard guard = new FxThreadGuard();
    private final FixedFileChoosers choosers = new FixedFileChoosers();
    private Path store;
    private Desktop desktop;

    @Start
    void start(Stage stage) {
        store = dir.resolve("realistic.tracelab.db");
        RealisticStore.create(store);
        desktop = Desktop.start(
                stage,
                store,
                Desktop.Dependencies.of(
                        GuardedWorkspace.opener(guard),
                        new GuardedSettingsStore(new JsonSettingsFile(dir.resolve("settings.json")), guard),
                        Settings.defaults(),
                        choosers,
                        2));
    }

    @AfterEach
    void shutDown(FxRobot robot) throws TimeoutException {
        if (desktop != null) {
            robot.interact(desktop::shutdown);
        }
        FxToolkit.cleanupStages();
        assertThat(guard.violations()).as("store calls on the FX thread").isEmpty();
    }

    @Test
    void renamesAndAnnotatesARunFromItsContextMenu(FxRobot robot) throws Exception {
        TableView<RunRow> table = runsTable(robot);
        robot.clickOn(row(robot, 1)).type(KeyCode.F2);
        waitUntil(() -> robot.lookup("#runNameEditor").tryQuery().isPresent());
        robot.lookup("#runNameEditor").queryTextInputControl().clear();
        robot.clickOn("#runNameEditor").write("llama 1B, seed 42 (rerun)").type(KeyCode.ENTER);
        waitUntil(() -> table.getItems().get(1).name().equals("llama 1B, seed 42 (rerun)"));

        // Monocle sends no context-menu request on a right click: the menu's item is chosen as the click would.
        javafx.application.Platform.runLater(() -> table.getContextMenu().getItems().stream()
                .filter(item -> "runsNotesItem".equals(item.getId()))
                .findFirst()
                .orElseThrow()
                .fire());
        waitUntil(() -> robot.lookup("#runNotesEditor").tryQuery().isPresent());
        robot.clickOn("#runNotesEditor").write("temperature 0.2; long system prompt");
        robot.clickOn(robot.lookup("OK").queryButton());
        waitUntil(() -> "temperature 0.2; long system prompt"
                .equals(table.getItems().get(1).notes()));

        robot.interact(desktop::shutdown);
        desktop = null;
        try (OpenStore reopened = OpenStore.open(store)) {
            StoredRun run =
                    reopened.read(reader -> reader.run(RealisticStore.SINGLE)).orElseThrow();
            assertThat(run.info().name()).isEqualTo("llama 1B, seed 42 (rerun)");
            assertThat(run.info().notes()).isEqualTo("temperature 0.2; long system prompt");
        }
    }

    @Test
    void deletesARunAfterConfirmationAndGivesItsSpaceBack(FxRobot robot) throws Exception {
        TableView<RunRow> table = runsTable(robot);
        long before = Files.size(store);
        robot.clickOn(row(robot, 0)).type(KeyCode.DELETE);
        waitUntil(() -> robot.lookup("#deleteRunDialog").tryQuery().isPresent());
        Label text = (Label) robot.lookup("#deleteRunDialog .label").queryAll().stream()
                .filter(node -> node instanceof Label label && label.getText().contains("chains and"))
                .findFirst()
                .orElseThrow();
        long[] size;
        try (OpenStore second = OpenStore.open(store)) {
            size = second.read(reader -> reader.runSize(RealisticStore.SWEEP));
        }
        assertThat(text.getText())
                .contains(
                        size[0] + " chains and " + String.format(java.util.Locale.ROOT, "%,d", size[1]) + " attempts");
        robot.clickOn("#confirmDeleteRunButton");

        waitUntil(() -> table.getItems().size() == 2
                && !desktop.viewModel().runs().deleting().running().get());
        assertThat(table.getItems())
                .extracting(RunRow::id)
                .containsExactly(RealisticStore.SINGLE, RealisticStore.IMPORTED);
        assertThat(robot.lookup("#deleteRunStatus").queryAs(Label.class).getText())
                .startsWith("Deleted run #1: " + size[0] + " chains and");
        robot.interact(desktop::shutdown);
        desktop = null;
        assertThat(Files.size(store)).as("the file shrank").isLessThan(before);
        try (OpenStore reopened = OpenStore.open(store)) {
            long[] left = reopened.read(reader -> reader.runSize(RealisticStore.SWEEP));
            assertThat(left).containsExactly(0, 0);
        }
    }

    @Test
    void warnsBeforeImportingTheSameFileTwiceAndSkipsOrImportsAgainAsChosen(FxRobot robot) throws Exception {
        Path prompts = Files.writeString(
                dir.resolve("prompts.jsonl"),
                "{\"key\": 5, \"prompt\": \"Say hi.\", "
                        + "\"instruction_id_list\": [\"punctuation:no_comma\"], \"kwargs\": [{}]}\n");
        Path runs = Files.writeString(
                dir.resolve("runs.jsonl"),
                "{\"task_id\": \"ifeval.5\", \"model\": \"m\", "
                        + "\"mode\": \"direct\", \"violations\": [], \"repair_trace\": [], \"repair_rounds\": 0, "
                        + "\"final_pass\": true, \"token_cost\": {}, \"latency_ms\": 3, \"artifact\": \"hi\"}\n");
        choosers.files(runs).file(prompts);
        runsTable(robot);

        importOnce(robot);
        assertThat(outcomes(robot)).containsExactly("Imported runs.jsonl: 1 chains into run 4");
        robot.clickOn("#closeImportButton");

        importOnce(robot);
        waitUntil(() -> robot.lookup("#duplicateImportDialog").tryQuery().isPresent());
        robot.clickOn("#skipDuplicatesButton");
        waitUntil(() ->
                robot.lookup("#importSummary").queryAs(Label.class).getText().startsWith("Nothing"));
        assertThat(outcomes(robot)).containsExactly("Skipped runs.jsonl: already imported as run #4");
        assertThat(desktop.viewModel().runs().runs()).hasSize(4);
        robot.clickOn("#closeImportButton");

        importOnce(robot);
        waitUntil(() -> robot.lookup("#duplicateImportDialog").tryQuery().isPresent());
        robot.clickOn("#importAgainButton");
        waitUntil(() ->
                robot.lookup("#importSummary").queryAs(Label.class).getText().startsWith("Imported 1"));
        assertThat(outcomes(robot)).containsExactly("Imported runs.jsonl: 1 chains into run 5");
        waitUntil(() -> desktop.viewModel().runs().runs().size() == 5);
    }

    private void importOnce(FxRobot robot) throws TimeoutException {
        robot.clickOn("#importTracesButton");
        waitUntil(() -> robot.lookup("#importDialog").tryQuery().isPresent());
        robot.clickOn("#addFilesButton").clickOn("#choosePromptsButton").clickOn("#importButton");
        waitUntil(() -> robot.lookup("#duplicateImportDialog").tryQuery().isPresent()
                || !robot.lookup("#importSummary")
                        .queryAs(Label.class)
                        .getText()
                        .isEmpty());
    }

    private static List<String> outcomes(FxRobot robot) {
        return robot.lookup("#importOutcomes").queryAs(ListView.class).getItems().stream()
                .map(item -> ((FileOutcome) item).describe())
                .toList();
    }

    @SuppressWarnings("unchecked")
    private TableView<RunRow> runsTable(FxRobot robot) throws TimeoutException {
        waitUntil(() -> desktop.viewModel().runs().runs().size() == 3);
        return robot.lookup("#runsTable").queryAs(TableView.class);
    }

    private static Node row(FxRobot robot, int index) {
        return robot.lookup("#runsTable .table-row-cell").nth(index).query();
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
