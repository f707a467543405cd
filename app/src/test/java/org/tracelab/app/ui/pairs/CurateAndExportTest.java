package org.tracelab.app.ui.pairs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
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
import org.tracelab.app.testing.RepairRuns;
import org.tracelab.app.ui.FixedFileChoosers;
import org.tracelab.app.ui.FxThreadGuard;
import org.tracelab.app.ui.GuardedSettingsStore;
import org.tracelab.app.ui.GuardedWorkspace;
import org.tracelab.app.ui.Styles;
import org.tracelab.app.ui.settings.JsonSettingsFile;
import org.tracelab.app.ui.settings.Settings;
import org.tracelab.app.ui.shell.Desktop;
import org.tracelab.core.trace.Curation;
import org.tracelab.core.trace.CurationState;
import org.tracelab.core.trace.CurationTarget;
import org.tracelab.storage.TraceReader;
import org.tracelab.storage.TraceStore;

/**
 * Curating pairs and exporting them, driven like a person would on a store built here (three tasks, each with a
 * repair pair and a cross-chain pair): include two pairs (a button click and the I key), exclude one (X), note
 * one, then export DPO with only curated pairs and read the written file. No store or file call on the FX thread.
 */
@ExtendWith(ApplicationExtension.class)
class CurateAndExportTest {

    private static final long TIMEOUT_SECONDS = 25;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private final FxThreadGuard guard = new FxThreadGuard();
    private final FixedFileChoosers choosers = new FixedFileChoosers();
    private final List<Path> openedFolders = new CopyOnWriteArrayList<>();
    private Path store;
    private long run;
    private Desktop desktop;

    @Start
    void start(Stage stage) {
        store = dir.resolve("traces.tracelab.db");
        run = RepairRuns.create(store, 3);
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
                        .withFolders(folder -> {
                            guard.check("open folder " + folder);
                            openedFolders.add(folder);
                        }));
    }

    @AfterEach
    void shutDown(FxRobot robot) throws TimeoutException {
        if (desktop != null) {
            robot.interact(desktop::shutdown);
            desktop = null;
        }
        FxToolkit.cleanupStages();
        assertThat(guard.violations())
                .as("store or file calls on the FX thread")
                .isEmpty();
    }

    @Test
    void includesTwoPairsAndExportsExactlyThoseAsDpo(FxRobot robot) throws Exception {
        TableView<?> runsTable = robot.lookup("#runsTable").queryAs(TableView.class);
        waitUntil(() -> runsTable.getItems().size() == 1);
        robot.clickOn("#navPairs");
        robot.clickOn("#pairsRunChoice");
        robot.clickOn(popupCell(robot, "#" + run + " repairs"));
        TableView<PairRow> table = pairsTable(robot);
        waitUntil(() -> table.getItems().size() == 6);
        assertThat(table.getItems()).extracting(PairRow::task).containsExactly("t1", "t1", "t2", "t2", "t3", "t3");
        assertThat(table.getItems())
                .extracting(PairRow::origin)
                .containsExactly("repair", "cross chain", "repair", "cross chain", "repair", "cross chain");

        // The first repair pair: its texts side by side, then Include by click and a note.
        robot.clickOn(row(robot, 0));
        waitUntil(() -> text(robot, "#chosenText").equals(RepairRuns.fixedText(1)));
        assertThat(text(robot, "#rejectedText")).isEqualTo(RepairRuns.repairedText(1));
        assertThat(robot.lookup("#pairPrompt")
                        .queryAs(javafx.scene.control.TextArea.class)
                        .getText())
                .isEqualTo(RepairRuns.prompt(1));
        assertThat(robot.lookup("#pairRanks").queryAs(Label.class).getText())
                .startsWith("Chosen rank 1, rejected rank 2 in task t1: all strict; +1 strict, +1 loose.");
        StyleClassedTextArea rejected = robot.lookup("#rejectedText").queryAs(StyleClassedTextArea.class);
        int comma = RepairRuns.repairedText(1).indexOf(',');
        assertThat(rejected.getStyleOfChar(comma))
                .as("the comma breaks the rule and was changed")
                .contains(Styles.EVIDENCE, Styles.DIFF_DELETED);
        assertThat(rejected.getStyleOfChar(0)).as("'Topic' is in both answers").isEmpty();
        robot.clickOn("#includePairButton");
        waitUntil(() -> table.getItems().get(0).state() == CurationState.INCLUDED);
        robot.clickOn("#pairNoteField").write("clean repair").type(KeyCode.ENTER);
        waitUntil(() -> table.getItems().get(0).note().equals("clean repair"));

        // The last cross-chain pair by the I key, the second repair pair excluded by X.
        robot.clickOn(row(robot, 5)).type(KeyCode.I);
        waitUntil(() -> table.getItems().get(5).state() == CurationState.INCLUDED);
        robot.clickOn(row(robot, 2)).type(KeyCode.X);
        waitUntil(() -> table.getItems().get(2).state() == CurationState.EXCLUDED);
        assertThat(robot.lookup("#pairsSummary").queryAs(Label.class).getText())
                .isEqualTo("6 pairs · 2 included · 1 excluded · 1 with quality flags");
        // N: from the first pair to the next one nobody decided on.
        robot.clickOn(row(robot, 0)).type(KeyCode.N);
        waitUntil(() -> table.getSelectionModel().getSelectedIndex() == 1);
        assertThat(table.getItems().get(0).state())
                .as("the note kept the decision")
                .isEqualTo(CurationState.INCLUDED);

        // Export from the Pairs view: this run, only curated pairs, DPO.
        Path out = Files.createDirectories(dir.resolve("out"));
        choosers.folder(out);
        robot.clickOn("#pairsExportButton");
        waitUntil(() -> robot.lookup("#exportDialog").tryQuery().isPresent());
        assertThat(robot.lookup("#onlyCuratedRadio").queryAs(RadioButton.class).isSelected())
                .isTrue();
        assertThat(robot.lookup("#excludedNeverExportedNote")
                        .queryAs(Label.class)
                        .getText())
                .contains("never exported");
        assertThat(robot.lookup("#exportButton").queryButton().isDisabled())
                .as("no folder yet")
                .isTrue();
        robot.clickOn("#chooseExportFolderButton");
        waitUntil(() ->
                robot.lookup("#previewLines").queryAs(ListView.class).getItems().size() == 2);
        assertThat(robot.lookup("#previewSummary").queryAs(Label.class).getText())
                .startsWith("2 training line(s) from 2 task(s)")
                .contains("1 excluded by curator");
        robot.clickOn("#exportButton");
        waitUntil(() ->
                robot.lookup("#exportSummary").queryAs(Label.class).getText().startsWith("Wrote"));
        assertThat(robot.lookup("#exportSummary").queryAs(Label.class).getText())
                .isEqualTo("Wrote 2 training line(s) from 2 task(s).");
        assertThat(robot.lookup("#writtenFiles").queryAs(ListView.class).getItems())
                .containsExactly(out.resolve("dpo.jsonl"), out.resolve("dpo.manifest.json"), out.resolve("README.md"));
        robot.clickOn("#openFolderButton");
        waitUntil(() -> openedFolders.size() == 1);
        assertThat(openedFolders).containsExactly(out);

        List<List<String>> lines = new ArrayList<>();
        for (String line : Files.readAllLines(out.resolve("dpo.jsonl"))) {
            JsonNode pair = JSON.readTree(line);
            assertThat(pair.fieldNames()).toIterable().containsExactly("prompt", "chosen", "rejected");
            assertThat(pair.at("/prompt/0/role").asText()).isEqualTo("user");
            assertThat(pair.at("/chosen/0/role").asText()).isEqualTo("assistant");
            lines.add(List.of(
                    pair.at("/prompt/0/content").asText(),
                    pair.at("/chosen/0/content").asText(),
                    pair.at("/rejected/0/content").asText()));
        }
        assertThat(lines)
                .containsExactly(
                        List.of(RepairRuns.prompt(1), RepairRuns.fixedText(1), RepairRuns.repairedText(1)),
                        List.of(RepairRuns.prompt(3), RepairRuns.fixedText(3), RepairRuns.directText(3)));

        // The decisions are in the store, as saved.
        robot.clickOn("#closeExportButton");
        CurationTarget.PairTarget first = table.getItems().get(0).pair().target();
        robot.interact(desktop::shutdown);
        desktop = null;
        try (TraceStore traceStore = TraceStore.open(store);
                TraceReader reader = traceStore.openReader()) {
            assertThat(reader.pairCurations(run))
                    .hasSize(3)
                    .containsEntry(first, new Curation(CurationState.INCLUDED, "clean repair"));
        }
    }

    @Test
    void includeAllFilteredIncludesEveryListedPairInOneGo(FxRobot robot) throws Exception {
        TableView<?> runsTable = robot.lookup("#runsTable").queryAs(TableView.class);
        waitUntil(() -> runsTable.getItems().size() == 1);
        robot.clickOn("#navPairs");
        robot.clickOn("#pairsRunChoice");
        robot.clickOn(popupCell(robot, "#" + run + " repairs"));
        TableView<PairRow> table = pairsTable(robot);
        waitUntil(() -> table.getItems().size() == 6);
        robot.clickOn("#pairsOriginChoice");
        robot.clickOn(popupCell(robot, "repair"));
        waitUntil(() -> table.getItems().size() == 3);

        robot.clickOn("#includeAllButton");
        waitUntil(() -> table.getItems().stream().allMatch(row -> row.state() == CurationState.INCLUDED));

        robot.clickOn("#pairsOriginChoice");
        robot.clickOn(popupCell(robot, "Any origin"));
        waitUntil(() -> table.getItems().size() == 6);
        robot.clickOn("#pairsCurationChoice");
        robot.clickOn(popupCell(robot, "undecided"));
        waitUntil(() -> table.getItems().size() == 3
                && table.getItems().stream().allMatch(row -> row.origin().equals("cross chain")));
    }

    private static Node popupCell(FxRobot robot, String textStart) throws TimeoutException {
        waitUntil(() -> robot.lookup(".combo-box-popup .list-cell").queryAll().stream()
                .anyMatch(cell -> startsWith(cell, textStart)));
        return robot.lookup(".combo-box-popup .list-cell").queryAll().stream()
                .filter(cell -> startsWith(cell, textStart))
                .findFirst()
                .orElseThrow();
    }

    private static boolean startsWith(Node cell, String text) {
        String shown = ((ListCell<?>) cell).getText();
        return shown != null && (shown.startsWith(text));
    }

    private static Node row(FxRobot robot, int index) {
        return robot.lookup("#pairsTable .table-row-cell").nth(index).query().lookup(".table-cell");
    }

    @SuppressWarnings("unchecked")
    private static TableView<PairRow> pairsTable(FxRobot robot) {
        return robot.lookup("#pairsTable").queryAs(TableView.class);
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(StyleClassedTextArea.class).getText();
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
