package org.tracelab.app.ui.explorer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
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
import org.tracelab.app.ui.FixedFileChoosers;
import org.tracelab.app.ui.FxThreadGuard;
import org.tracelab.app.ui.GuardedSettingsStore;
import org.tracelab.app.ui.GuardedWorkspace;
import org.tracelab.app.ui.Styles;
import org.tracelab.app.ui.settings.JsonSettingsFile;
import org.tracelab.app.ui.settings.Settings;
import org.tracelab.app.ui.shell.Desktop;
import org.tracelab.storage.TraceStore;
import org.tracelab.storage.query.ChainSummary;

/**
 * The Explorer on a store built by the test ({@link ExplorerTestStore}), driven like a person would: filter by
 * instruction id and verdict, open a chain and an attempt, see the evidence marked and explained, follow the
 * task's other chain, curate a pair by key. No store call may run on the FX thread.
 */
@ExtendWith(ApplicationExtension.class)
class ExplorerFlowTest {

    private static final long TIMEOUT_SECONDS = 20;

    @TempDir
    Path dir;

    private final FxThreadGuard guard = new FxThreadGuard();
    private ExplorerTestStore fixture;
    private Desktop desktop;

    @Start
    void start(Stage stage) {
        Path file = dir.resolve("explorer.tracelab.db");
        try (TraceStore store = TraceStore.open(file)) {
            fixture = ExplorerTestStore.fill(store.writer());
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
    void filterByInstructionAndVerdictThenOpenAChainAndItsEvidence(FxRobot robot) throws Exception {
        robot.clickOn("#navExplorer");
        TableView<ChainSummary> table = robot.lookup("#chainTable").queryTableView();
        waitUntil(() -> table.getItems().size() == 4);
        assertThat(text(robot, "#filterSummary")).isEqualTo("run " + fixture.run());

        waitUntil(() -> robot.lookup("#instructionFacet-punctuation_no_comma")
                .tryQuery()
                .isPresent());
        robot.clickOn("#instructionFacet-punctuation_no_comma");
        waitUntil(() -> text(robot, "#matchingCount").equals("3 chains match"));
        robot.clickOn("#verdictChoice");
        Node strictFail = robot.lookup(".list-cell")
                .match((ListCell<?> cell) ->
                        cell.getText() != null && cell.getText().startsWith("strict fail"))
                .query();
        robot.clickOn(strictFail);

        waitUntil(() -> text(robot, "#matchingCount").equals("2 chains match")
                && table.getItems().size() == 2);
        assertThat(table.getItems())
                .extracting(ChainSummary::chainId)
                .containsExactly(fixture.directComma(), fixture.directTwoCommas());
        assertThat(table.getItems())
                .allSatisfy(row -> assertThat(row.finalStrict()).isFalse());
        assertThat(text(robot, "#filterSummary"))
                .isEqualTo("run " + fixture.run() + " · instruction punctuation:no_comma · strict fail");

        robot.clickOn(row(robot, 1));
        waitUntil(() -> text(robot, "#chainHeading").startsWith("Chain #" + fixture.directTwoCommas() + " "));
        waitUntil(() -> robot.lookup("#attemptNode-0").tryQuery().isPresent());
        assertThat(robot.lookup("#attemptNode-0").query().getStyleClass()).contains(Styles.VERDICT_FAIL);
        robot.clickOn("#attemptNode-0");

        StyleClassedTextArea output = robot.lookup("#outputArea").queryAs(StyleClassedTextArea.class);
        waitUntil(() -> output.getText().equals("we, too, all"));
        // Each one-character comma span is widened to its word ("we," and "too,"); the spaces and "all" stay plain.
        for (int marked : new int[] {0, 2, 4, 7}) {
            assertThat(output.getStyleOfChar(marked)).as("char %d", marked).containsExactly(Styles.EVIDENCE);
        }
        for (int plain : new int[] {3, 8, 9}) {
            assertThat(output.getStyleOfChar(plain)).as("char %d", plain).isEmpty();
        }
        assertThat(robot.lookup("#outputArea .evidence").queryAll())
                .as("styled text nodes")
                .isNotEmpty();
        assertThat(text(robot, "#attemptTitle")).contains("#0 direct").contains("strict 1/2");

        Bounds comma = fx(() -> output.getCharacterBoundsOnScreen(2, 3).orElseThrow());
        robot.moveTo(new javafx.geometry.Point2D(comma.getCenterX(), comma.getCenterY()));
        waitUntil(() -> robot.lookup("#evidenceExplanation")
                .tryQuery()
                .map(Node::isVisible)
                .orElse(false));
        assertThat(text(robot, "#evidenceExplanation"))
                .isEqualTo("punctuation:no_comma: found 2 commas; the instruction forbids any");
    }

    @Test
    void theTasksOtherChainIsOneClickAwayAndKeysCurateThePair(FxRobot robot) throws Exception {
        robot.clickOn("#navExplorer");
        TableView<ChainSummary> table = robot.lookup("#chainTable").queryTableView();
        waitUntil(() -> table.getItems().size() == 4);
        robot.clickOn(row(robot, 0));
        waitUntil(() ->
                robot.lookup("#relatedChain-" + fixture.repaired()).tryQuery().isPresent());
        assertThat(robot.lookup("#relatedChain-" + fixture.title()).tryQuery())
                .as("another task")
                .isEmpty();

        robot.clickOn("#relatedChain-" + fixture.repaired());
        waitUntil(() -> robot.lookup("#attemptNode-1").tryQuery().isPresent());
        assertThat(text(robot, "#chainHeading")).contains("repair").endsWith(" · rank 1 / 2 in seed 1");
        assertThat(robot.lookup("#attemptNode-1").query().getStyleClass()).contains(Styles.VERDICT_PASS);
        assertThat(text(robot, "#attemptTitle")).startsWith("Attempt #1 patch");
        assertThat(text(robot, "#compareLabel")).isEqualTo("A #0 direct  ·  B #1 patch");

        // D opens the word diff of A and B in its own window, with the changed words styled.
        robot.type(KeyCode.D);
        waitUntil(() -> robot.lookup("#diffView").tryQuery().isPresent()
                && !robot.lookup("#diffLeftText .diff-deleted").queryAll().isEmpty());
        assertThat(text(robot, "#diffLeftHeader")).startsWith("attempt 0 · direct");
        assertThat(text(robot, "#diffRightHeader")).startsWith("attempt 1 · patch");
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> robot.lookup("#diffView").tryQuery().isEmpty());
        robot.clickOn("#chainHeading");

        robot.type(KeyCode.LEFT);
        waitUntil(() -> text(robot, "#attemptTitle").startsWith("Attempt #0 direct"));
        robot.type(KeyCode.I);
        waitUntil(() -> text(robot, "#chainStatus").equals("Included pair: #1 patch chosen over #0 direct"));
        robot.clickOn("#chainExcludePairButton");
        waitUntil(() -> text(robot, "#chainStatus").equals("Excluded pair: #1 patch chosen over #0 direct"));

        robot.clickOn(row(robot, 0));
        robot.type(KeyCode.DOWN);
        waitUntil(() -> text(robot, "#chainHeading").startsWith("Chain #" + fixture.repaired() + " "));
        assertThat(table.getSelectionModel().getSelectedItem().chainId()).isEqualTo(fixture.repaired());

        // "too" is in one output of this run (and one of the other run, which stays out).
        robot.clickOn("#fullTextField").write("too");
        waitUntil(() -> text(robot, "#filterSummary").endsWith("text \u201ctoo\u201d")
                && table.getItems().size() == 1);
        assertThat(table.getItems().get(0).chainId()).isEqualTo(fixture.directTwoCommas());
        assertThat(text(robot, "#matchingCount")).isEqualTo("1 chains match");
    }

    private static Node row(FxRobot robot, int index) {
        return robot.lookup("#chainTable .table-row-cell").nth(index).query();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
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
