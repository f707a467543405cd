package org.tracelab.app.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.tracelab.app.testing.CompareTestStore;
import org.tracelab.app.ui.FixedFileChoosers;
import org.tracelab.app.ui.FxThreadGuard;
import org.tracelab.app.ui.GuardedSettingsStore;
import org.tracelab.app.ui.GuardedWorkspace;
import org.tracelab.app.ui.diff.VerdictChangeRow;
import org.tracelab.app.ui.settings.JsonSettingsFile;
import org.tracelab.app.ui.settings.Settings;
import org.tracelab.app.ui.shell.Desktop;
import org.tracelab.core.diff.VerdictChange;
import org.tracelab.storage.TraceStore;
import org.tracelab.storage.query.ChainSummary;

/**
 * Compare driven like a person would, on two hand-made runs ({@link CompareTestStore}): pick the two runs, compare,
 * keep only the flips, open a flipped task in the diff across the runs; and "Compare with…" from the Explorer. No
 * store call may run on the FX thread.
 */
@ExtendWith(ApplicationExtension.class)
class CompareFlowTest {

    private static final long TIMEOUT_SECONDS = 20;

    @TempDir
    Path dir;

    private final FxThreadGuard guard = new FxThreadGuard();
    private CompareTestStore fixture;
    private Desktop desktop;

    @Start
    void start(Stage stage) {
        Path file = dir.resolve("compare.tracelab.db");
        try (TraceStore store = TraceStore.open(file)) {
            fixture = CompareTestStore.fill(store.writer());
        }
        desktop = Desktop.start(
                stage,
                file,
                Desktop.Dependencies.of(
                        GuardedWorkspace.opener(guard),
                        new GuardedSettingsStore(new JsonSettingsFile(dir.resolve("config/settings.json")), guard),
                        Settings.defaults(),
                        new FixedFileChoosers(),
                        2));
    }

    @AfterEach
    void shutDown(FxRobot robot) throws TimeoutException {
        if (desktop != null) {
            robot.interact(desktop::shutdown);
            desktop = null;
        }
        FxToolkit.cleanupStages();
        assertThat(guard.violations()).as("store calls on the FX thread").isEmpty();
    }

    @Test
    void compareTwoRunsKeepTheFlipsAndOpenADiffAcrossTheRuns(FxRobot robot) throws Exception {
        robot.clickOn("#navCompare");
        chooseRun(robot, "#compareSideARun", "#" + fixture.base() + " base");
        chooseRun(robot, "#compareSideBRun", "#" + fixture.tuned() + " tuned");
        robot.clickOn("#compareButton");

        TableView<CompareRow> table = robot.lookup("#compareTable").queryTableView();
        waitUntil(() -> text(robot, "#compareDifference").startsWith("B − A +20.0 pp"));
        assertThat(text(robot, "#compareCounts"))
                .isEqualTo("5 tasks on both sides · fixed 2 · broken 1 · stable pass 1 · stable fail 1 · 5 shown");
        assertThat(text(robot, "#compareDifference")).contains("paired bootstrap over tasks");
        assertThat(text(robot, "#compareTest")).startsWith("Task-level test: exact McNemar on tasks, p = 1.0000");
        assertThat(table.getItems()).hasSize(5);
        assertThat(robot.lookup("#compareFilterFlips")
                        .queryAs(ToggleButton.class)
                        .getText())
                .isEqualTo("Flips 3");

        robot.clickOn("#compareFilterFlips");
        waitUntil(() -> table.getItems().size() == 3);
        assertThat(table.getItems()).extracting(CompareRow::key).containsExactly("1", "2", "5");
        assertThat(table.getItems()).extracting(CompareRow::changeLabel).containsExactly("fixed", "broken", "fixed");
        assertThat(text(robot, "#compareCounts")).endsWith("· 3 shown");

        // Task 2 was broken: B's final answer has a comma.
        Node broken = robot.lookup("#compareTable .table-row-cell")
                .match((TableRow<?> row) ->
                        row.getItem() instanceof CompareRow r && r.key().equals("2"))
                .query();
        robot.doubleClickOn(broken, MouseButton.PRIMARY);
        waitUntil(() -> robot.lookup("#diffView").tryQuery().isPresent()
                && robot.lookup("#diffRightText")
                        .queryAs(StyleClassedTextArea.class)
                        .getText()
                        .equals("soft rain, tuned 2"));
        assertThat(robot.lookup("#diffLeftText")
                        .queryAs(StyleClassedTextArea.class)
                        .getText())
                .isEqualTo("soft rain over base 2");
        assertThat(text(robot, "#diffLeftHeader"))
                .startsWith("A · run #" + fixture.base() + " · direct · seed 42")
                .endsWith("attempt 0 · direct · pass · strict 2/2 · loose 2/2");
        assertThat(text(robot, "#diffRightHeader"))
                .startsWith("B · run #" + fixture.tuned() + " · direct · seed 42")
                .endsWith("attempt 0 · direct · fail · strict 1/2 · loose 1/2");
        TableView<VerdictChangeRow> verdicts = robot.lookup("#diffVerdictTable").queryTableView();
        assertThat(verdicts.getItems())
                .extracting(VerdictChangeRow::strict)
                .containsExactly(VerdictChange.BROKEN, VerdictChange.UNCHANGED_PASS);
        assertThat(robot.lookup("#diffLeftPicker").queryAs(ComboBox.class).getItems())
                .hasSize(2);
    }

    @Test
    void compareWithFromTheExplorerDiffsAnAttemptOfAnotherRun(FxRobot robot) throws Exception {
        robot.clickOn("#navExplorer");
        TableView<ChainSummary> chains = robot.lookup("#chainTable").queryTableView();
        waitUntil(() -> chains.getItems().size() == 5); // the newest run, tuned
        Node firstChain = robot.lookup("#chainTable .table-row-cell").nth(0).query(); // task 1
        robot.clickOn(firstChain);
        waitUntil(() -> text(robot, "#chainHeading").contains("task 1"));
        waitUntil(() -> !robot.lookup("#compareWithButton").queryButton().isDisabled());

        robot.clickOn("#compareWithButton");
        TableView<ChainSummary> found = robot.lookup("#compareWithChains").queryTableView();
        waitUntil(() -> found.getItems().size() == 2);
        assertThat(text(robot, "#compareWithStatus")).isEqualTo("2 chains of task 1 in 2 run(s).");
        Node baseChain =
                robot.lookup("#compareWithChains .table-row-cell").nth(0).query();
        robot.clickOn(baseChain);
        waitUntil(() -> !robot.lookup("#compareWithCompareButton").queryButton().isDisabled());
        robot.clickOn("#compareWithCompareButton");

        waitUntil(() -> robot.lookup("#diffView").tryQuery().isPresent()
                && robot.lookup("#diffRightText")
                        .queryAs(StyleClassedTextArea.class)
                        .getText()
                        .equals("soft rain, base 1"));
        assertThat(robot.lookup("#diffLeftText")
                        .queryAs(StyleClassedTextArea.class)
                        .getText())
                .isEqualTo("soft rain over tuned 1");
        assertThat(text(robot, "#diffLeftHeader")).startsWith("this · run #" + fixture.tuned());
        assertThat(text(robot, "#diffRightHeader")).startsWith("other · run #" + fixture.base());
    }

    /** Opens {@code combo} and clicks its item {@code label}: only cells of the open popup count (other views list
     * the same runs in cells of their own). */
    private static void chooseRun(FxRobot robot, String combo, String label) throws TimeoutException {
        robot.clickOn(combo);
        waitUntil(() -> popupCell(robot, label).isPresent());
        robot.clickOn(popupCell(robot, label).orElseThrow());
        waitUntil(() -> robot.lookup(combo).queryAs(ComboBox.class).getValue() != null);
    }

    private static java.util.Optional<Node> popupCell(FxRobot robot, String label) {
        return robot.lookup(".combo-box-popup .list-cell")
                .match((ListCell<?> cell) -> cell.getText() != null
                        && cell.getText().startsWith(label)
                        && cell.getScene() != null
                        && cell.getScene().getWindow() instanceof javafx.stage.PopupWindow popup
                        && popup.isShowing())
                .tryQuery();
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
