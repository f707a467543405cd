package org.tracelab.app.ui.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.IndexRange;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
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
import org.tracelab.app.ui.Styles;
import org.tracelab.app.ui.Theme;
import org.tracelab.app.ui.jobs.BackgroundJobs;
import org.tracelab.app.ui.jobs.FxJobs;
import org.tracelab.core.diff.Hunk;
import org.tracelab.core.diff.VerdictChange;
import org.tracelab.core.trace.Strategy;
import org.tracelab.storage.StoredAttempt;

/**
 * The Diff view on a chain written to a real store and verified by the real verifier: the default pair, two
 * attempts picked through the pickers, highlighted words, verdict changes, a long pair compared in the
 * background with scrolling kept in step, and the window of its own.
 */
@ExtendWith(ApplicationExtension.class)
class DiffViewTest {

    private static final long TIMEOUT_SECONDS = 20;
    private static final String DIRECT = "Hello, World.\nThe answer, in short, is yes.\nThanks, Bob.";
    private static final String PATCH = "hello world.\nthe answer in short is yes.\nThanks bob.";
    private static final String REGENERATE = "yes the answer is yes.\nno doubt about it.\nbye bob.";

    @TempDir
    Path dir;

    private final List<String> reported = new ArrayList<>();
    private BackgroundJobs jobs;
    private DiffViewModel viewModel;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        jobs = new BackgroundJobs(1, 1);
        viewModel = new DiffViewModel(new FxJobs(jobs), (summary, cause) -> reported.add(summary));
        Scene scene = new Scene(new DiffView(viewModel), 1000, 640);
        scene.getStylesheets().setAll(Styles.stylesheets(Theme.LIGHT));
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void shutDown() throws TimeoutException {
        FxToolkit.cleanupStages();
        jobs.close();
        assertThat(reported).as("errors reported").isEmpty();
    }

    @Test
    void aRepairedChainOpensOnItsPatchAndRegenerateAttempts(FxRobot robot) throws Exception {
        StoredChain chain = threeAttemptChain();

        robot.interact(() -> viewModel.showChain(chain.task(), chain.attempts()));

        assertThat(picked(robot, "#diffLeftPicker").attempt().strategy()).isEqualTo(Strategy.PATCH);
        assertThat(picked(robot, "#diffRightPicker").attempt().strategy()).isEqualTo(Strategy.REGENERATE);
        assertThat(label(robot, "#diffLeftHeader"))
                .isEqualTo("attempt 1 · patch · loose pass · strict 1/2 · loose 2/2");
        assertThat(label(robot, "#diffRightHeader"))
                .isEqualTo("attempt 2 · regenerate · pass · strict 2/2 · loose 2/2");
        StyleClassedTextArea left = area(robot, "#diffLeftText");
        StyleClassedTextArea right = area(robot, "#diffRightText");
        assertThat(left.getText()).isEqualTo(PATCH);
        assertThat(right.getText()).isEqualTo(REGENERATE);
        assertThat(styleOfWord(left, "Thanks")).contains(Styles.DIFF_DELETED);
        assertThat(styleOfWord(right, "doubt")).contains(Styles.DIFF_INSERTED);
        assertThat(styleOfWord(left, "bob")).as("the common ending").isEmpty();
        assertThat(styleOfWord(right, "bob")).isEmpty();

        // Both attempts follow the comma rule; only the regenerate follows lower case strictly (the patch kept a
        // capital in its last line, which loose checking drops).
        assertThat(rows(robot))
                .containsExactly(
                        new VerdictChangeRow(
                                0, "punctuation:no_comma", VerdictChange.UNCHANGED_PASS, VerdictChange.UNCHANGED_PASS),
                        new VerdictChangeRow(
                                1, "change_case:english_lowercase", VerdictChange.FIXED, VerdictChange.UNCHANGED_PASS));
        assertThat(robot.lookup("#diffVerdictTable ." + Styles.VERDICT_FIXED).queryAll())
                .extracting(node -> ((Labeled) node).getText())
                .containsExactly("fixed");
    }

    @Test
    void pickingTwoOtherAttemptsShowsTheirWordsAndVerdictChanges(FxRobot robot) throws Exception {
        StoredChain chain = threeAttemptChain();
        robot.interact(() -> viewModel.showChain(chain.task(), chain.attempts()));

        choose(robot, "#diffLeftPicker", "attempt 0 · direct");
        choose(robot, "#diffRightPicker", "attempt 1 · patch");

        assertThat(viewModel.left().get().attempt().index()).isZero();
        assertThat(viewModel.right().get().attempt().index()).isEqualTo(1);
        StyleClassedTextArea left = area(robot, "#diffLeftText");
        StyleClassedTextArea right = area(robot, "#diffRightText");
        assertThat(left.getText()).isEqualTo(DIRECT);
        assertThat(right.getText()).isEqualTo(PATCH);
        assertThat(styleOfWord(left, "Hello")).contains(Styles.DIFF_DELETED);
        assertThat(left.getStyleOfChar(DIRECT.indexOf(',')))
                .as("the first comma")
                .contains(Styles.DIFF_DELETED);
        assertThat(styleOfWord(left, "Bob")).contains(Styles.DIFF_DELETED);
        assertThat(styleOfWord(right, "hello")).contains(Styles.DIFF_INSERTED);
        assertThat(styleOfWord(right, "bob")).contains(Styles.DIFF_INSERTED);
        assertThat(styleOfWord(left, "answer")).isEmpty();
        assertThat(styleOfWord(right, "answer")).isEmpty();
        assertThat(styleOfWord(left, "Thanks")).as("kept by the patch").isEmpty();
        assertThat(styleOfWord(right, "Thanks")).isEmpty();

        assertThat(rows(robot))
                .containsExactly(
                        new VerdictChangeRow(0, "punctuation:no_comma", VerdictChange.FIXED, VerdictChange.FIXED),
                        new VerdictChangeRow(
                                1, "change_case:english_lowercase", VerdictChange.UNCHANGED_FAIL, VerdictChange.FIXED));

        robot.clickOn("#diffSwapButton");
        assertThat(area(robot, "#diffLeftText").getText()).isEqualTo(PATCH);
        assertThat(rows(robot))
                .extracting(VerdictChangeRow::strict)
                .containsExactly(VerdictChange.BROKEN, VerdictChange.UNCHANGED_FAIL);
    }

    @Test
    void aLongPairIsComparedInTheBackgroundAndScrollsTogether(FxRobot robot) throws Exception {
        StringBuilder direct = new StringBuilder();
        StringBuilder patch = new StringBuilder();
        for (int line = 0; line < 150; line++) {
            direct.append("line ")
                    .append(line)
                    .append(", of a long answer about rain")
                    .append('\n');
            patch.append("line ")
                    .append(line)
                    .append(line % 50 == 7 ? " of" : ", of")
                    .append(" a long answer about rain\n");
        }
        StoredChain chain = StoredChain.write(
                dir.resolve("long.tracelab.db"),
                List.of(
                        new StoredChain.Step(Strategy.DIRECT, direct.toString()),
                        new StoredChain.Step(Strategy.PATCH, patch.toString())));
        assertThat(direct.length() + patch.length()).isGreaterThan(DiffViewModel.IMMEDIATE_CHARS);

        AtomicBoolean startedInBackground = new AtomicBoolean();
        robot.interact(() -> {
            viewModel.showChain(chain.task(), chain.attempts());
            startedInBackground.set(viewModel.computing().get()
                    && viewModel.content().get().diff().isEmpty());
        });
        assertThat(startedInBackground).isTrue();
        waitUntil(() -> !viewModel.computing().get());
        assertThat(label(robot, "#diffStatus")).isEqualTo("3 changes");
        StyleClassedTextArea left = area(robot, "#diffLeftText");
        StyleClassedTextArea right = area(robot, "#diffRightText");
        int removedComma = direct.indexOf("line 7,") + "line 7".length();
        assertThat(left.getStyleOfChar(removedComma)).contains(Styles.DIFF_DELETED);
        assertThat(left.getStyleOfChar(direct.indexOf("line 8,") + "line 8".length()))
                .isEmpty();

        // Scrolling the left side moves the right one to the same relative height.
        robot.interact(() -> left.estimatedScrollYProperty().setValue(600.0));
        WaitForAsyncUtils.waitForFxEvents();
        waitUntil(() -> right.estimatedScrollYProperty().getValue() > 300);
        double leftFraction = left.estimatedScrollYProperty().getValue()
                / (left.totalHeightEstimateProperty().getValue() - left.getViewportHeight());
        double rightFraction = right.estimatedScrollYProperty().getValue()
                / (right.totalHeightEstimateProperty().getValue() - right.getViewportHeight());
        assertThat(rightFraction).isCloseTo(leftFraction, offset(0.05));

        // Next change selects the aligned change on both sides and stops the two from following each other.
        robot.clickOn("#diffNextButton");
        Hunk first = viewModel.content().get().diff().orElseThrow().changes().get(0);
        assertThat(left.getSelection()).isEqualTo(new IndexRange(first.leftStart(), first.leftEnd()));
        assertThat(right.getSelection()).isEqualTo(new IndexRange(first.rightStart(), first.rightEnd()));
        assertThat(left.getSelectedText()).isEqualTo(",");
        assertThat(right.getSelectedText()).isEmpty();
        DiffView view = robot.lookup("#diffView").queryAs(DiffView.class);
        assertThat(view.scrollDriver()).isNull();
    }

    @Test
    void theDiffWindowOpensOnTheSamePairAndEscapeClosesIt(FxRobot robot) throws Exception {
        StoredChain chain = threeAttemptChain();
        AtomicReference<Stage> window = new AtomicReference<>();
        robot.interact(() -> {
            viewModel.showChain(chain.task(), chain.attempts());
            window.set(DiffWindow.open(stage, viewModel));
        });

        Stage opened = window.get();
        assertThat(opened.isShowing()).isTrue();
        assertThat(opened.getTitle()).isEqualTo("Diff: attempt 1 · patch vs attempt 2 · regenerate");
        assertThat(opened.getScene().getStylesheets())
                .isEqualTo(stage.getScene().getStylesheets());
        Node root = opened.getScene().getRoot();
        assertThat(root.getId()).isEqualTo("diffView");
        assertThat(robot.from(root)
                        .lookup("#diffRightText")
                        .queryAs(StyleClassedTextArea.class)
                        .getText())
                .isEqualTo(REGENERATE);

        StyleClassedTextArea windowRight =
                robot.from(root).lookup("#diffRightText").queryAs(StyleClassedTextArea.class);
        robot.clickOn(robot.from(root).lookup("#diffStatus").queryAs(Label.class));
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> !opened.isShowing());

        // The closed window's view no longer follows the view model; the embedded one still does.
        robot.interact(
                () -> viewModel.choose(chain.attempts().get(0), chain.attempts().get(1)));
        assertThat(windowRight.getText()).isEqualTo(REGENERATE);
        assertThat(area(robot, "#diffRightText").getText()).isEqualTo(PATCH);
    }

    private StoredChain threeAttemptChain() throws Exception {
        return StoredChain.write(
                dir.resolve("traces.tracelab.db"),
                List.of(
                        new StoredChain.Step(Strategy.DIRECT, DIRECT),
                        new StoredChain.Step(Strategy.PATCH, PATCH),
                        new StoredChain.Step(Strategy.REGENERATE, REGENERATE)));
    }

    /** Opens a picker and clicks the attempt's line in its list, as a person would. */
    private static void choose(FxRobot robot, String picker, String attempt) {
        robot.clickOn(picker);
        Node cell = robot.lookup((Node node) -> node instanceof ListCell<?> listCell
                        && attempt.equals(listCell.getText())
                        && listCell.isVisible())
                .query();
        robot.clickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private static StoredAttempt picked(FxRobot robot, String picker) {
        return ((ComboBox<StoredAttempt>) robot.lookup(picker).queryAs(ComboBox.class)).getValue();
    }

    @SuppressWarnings("unchecked")
    private static List<VerdictChangeRow> rows(FxRobot robot) {
        return List.copyOf(
                robot.lookup("#diffVerdictTable").queryAs(TableView.class).getItems());
    }

    private static String label(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private static StyleClassedTextArea area(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(StyleClassedTextArea.class);
    }

    /** The style classes on the first character of the first occurrence of {@code word}. */
    private static Collection<String> styleOfWord(StyleClassedTextArea area, String word) {
        int at = area.getText().indexOf(word);
        assertThat(at).as(word + " in the text").isNotNegative();
        return area.getStyleOfChar(at);
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, condition);
    }
}
