package org.tracelab.core.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracelab.core.dataset.IfevalTask;
import org.tracelab.core.dataset.TaskFileReader;
import org.tracelab.core.trace.Strategy;
import org.tracelab.core.verify.InstructionVerdict;
import org.tracelab.core.verify.ResponseVerdict;
import org.tracelab.core.verify.constraint.ConstraintLevel;

/** A TaskSpec's levels, priorities, strategy hints and repair budgets, as verdicts and full_pcl see them. */
class SoftConstraintsAndRepairOrderTest {

    @TempDir
    static Path dir;

    /**
     * c0 (soft, style): avoid "unfortunately"; c1 (hard, content, priority 2): at most 12 words; c2 (hard, format,
     * priority 1): must mention "settings"; the hierarchy puts format before content.
     */
    private static IfevalTask task(String repair) throws IOException {
        Path file = Files.createTempFile(dir, "spec", ".jsonl");
        Files.writeString(
                file,
                "{\"id\": \"t1\", \"intent\": \"How do I export my data?\", "
                        + "\"priority_hierarchy\": [\"format\", \"content\"]" + repair + ", \"constraints\": ["
                        + "{\"verify_method\": \"must_not_contain\", \"arg\": \"unfortunately\", \"level\": \"soft\", "
                        + "\"category\": \"style\"}, "
                        + "{\"verify_method\": \"max_words\", \"arg\": 12, \"priority\": 2, \"category\": \"content\"}, "
                        + "{\"verify_method\": \"must_contain\", \"arg\": \"settings\", \"priority\": 1, "
                        + "\"category\": \"format\", \"repair\": {\"max_rounds\": 1}}]}\n");
        return new TaskFileReader(TestTasks.verifier().registry())
                .read(file)
                .tasks()
                .get(0);
    }

    private static ChainAttempt attempt(IfevalTask task, int index, Integer parent, String answer) {
        return new ChainAttempt(
                index,
                parent,
                index == 0 ? Strategy.DIRECT : Strategy.PATCH,
                answer,
                TestTasks.verifier()
                        .verifyConstraints(task.constraints(), answer)
                        .instructions(),
                false);
    }

    @Test
    void aBrokenSoftConstraintIsRecordedButDoesNotFailThePrompt() throws IOException {
        IfevalTask task = task("");
        ResponseVerdict verdict = TestTasks.verifier()
                .verifyConstraints(task.constraints(), "Unfortunately it is in Settings, under Export.");
        assertThat(verdict.instructions())
                .extracting(InstructionVerdict::level)
                .containsExactly(ConstraintLevel.SOFT, ConstraintLevel.HARD, ConstraintLevel.HARD);
        assertThat(verdict.strictList()).containsExactly(false, true, true);
        assertThat(verdict.followsAllStrict()).isTrue();
        assertThat(verdict.followsAllLoose()).isTrue();
        assertThat(verdict.followedStrict()).isEqualTo(2);
        assertThat(attempt(task, 0, null, "Unfortunately it is in Settings, under Export.")
                        .score()
                        .allStrict())
                .isTrue();

        ResponseVerdict hardBroken = TestTasks.verifier()
                .verifyConstraints(
                        task.constraints(),
                        "Open the menu and choose Export to download all of your data in one archive file.");
        assertThat(hardBroken.followsAllStrict()).isFalse();
    }

    @Test
    void repairsAddressHardViolationsFirstInPriorityOrder() throws IOException {
        IfevalTask task = task("");
        ChainAttempt all = attempt(
                task,
                0,
                null,
                "Unfortunately you open the menu, choose Export and wait for the archive to download to your disk.");
        assertThat(all.strictFailures()).hasSize(3);
        assertThat(RepairPlanner.addressed(task, all.strictFailures(), Set.of()))
                .extracting(InstructionVerdict::index)
                .containsExactly(2, 1);
        NextStep.ModelCall call = (NextStep.ModelCall) new RepairPlanner(false).plan(task, all, false);
        String request = call.messages().get(call.messages().size() - 1).content();
        assertThat(request.indexOf("\"settings\"")).isLessThan(request.indexOf("at most 12 words"));
        assertThat(request).doesNotContain("unfortunately");
        // max_words is structural, so the hard round regenerates.
        assertThat(call.strategy()).isEqualTo(Strategy.REGENERATE);
    }

    @Test
    void softViolationsAreRepairedOnceEveryHardOneHolds() throws IOException {
        IfevalTask task = task("");
        ChainAttempt onlySoft = attempt(task, 0, null, "Unfortunately: Settings, then Export.");
        assertThat(onlySoft.score().allStrict()).isTrue();
        NextStep.ModelCall call = (NextStep.ModelCall) new Mode.FullPcl(4, new RepairPlanner(false))
                .next(new ChainProgress(task, List.of(onlySoft)))
                .orElseThrow();
        assertThat(call.strategy()).isEqualTo(Strategy.PATCH);
        assertThat(call.messages().get(2).content()).contains("must not include \"unfortunately\"");
        ChainAttempt clean = attempt(task, 1, 0, "Settings, then Export.");
        assertThat(new Mode.FullPcl(4, new RepairPlanner(false))
                        .next(new ChainProgress(task, List.of(onlySoft, clean))))
                .isEmpty();
    }

    @Test
    void theTaskRepairBudgetReplacesTheModeDefault() throws IOException {
        IfevalTask oneRound = task(", \"repair\": {\"max_rounds\": 1}");
        Mode.FullPcl mode = new Mode.FullPcl(4, new RepairPlanner(false));
        assertThat(mode.attemptsFor(oneRound)).isEqualTo(2);
        ChainAttempt first = attempt(oneRound, 0, null, "Unfortunately it is hidden.");
        ChainAttempt second = attempt(oneRound, 1, 0, "Unfortunately, Settings.");
        assertThat(mode.next(new ChainProgress(oneRound, List.of(first)))).isPresent();
        assertThat(mode.next(new ChainProgress(oneRound, List.of(first, second))))
                .isEmpty();
        assertThat(mode.attemptsFor(task(""))).isEqualTo(4);
    }

    @Test
    void aConstraintWhoseOwnRoundsAreSpentIsNoLongerAskedFor() throws IOException {
        IfevalTask task = task("");
        String tooLongWithoutSettings =
                "Open the main menu in the top corner, choose Export, and then wait for the " + "archive.";
        ChainAttempt first = attempt(task, 0, null, tooLongWithoutSettings);
        // The first repair addressed "settings" and the word limit; "settings" allows one round only.
        ChainAttempt second = attempt(task, 1, 0, tooLongWithoutSettings.replace("main ", ""));
        assertThat(RepairPlanner.exhausted(task, List.of(first, second))).containsExactly(2);
        NextStep.ModelCall call = (NextStep.ModelCall) new Mode.FullPcl(4, new RepairPlanner(false))
                .next(new ChainProgress(task, List.of(first, second)))
                .orElseThrow();
        String request = call.messages().get(call.messages().size() - 1).content();
        assertThat(request).contains("at most 12 words").doesNotContain("\"settings\"");
    }

    @Test
    void aChainEndsWhenOnlyExhaustedConstraintsAreLeft() throws IOException {
        IfevalTask task = task("");
        ChainAttempt first = attempt(task, 0, null, "Open the menu, choose Export.");
        ChainAttempt second = attempt(task, 1, 0, "Open the menu and choose Export.");
        assertThat(new Mode.FullPcl(4, new RepairPlanner(false)).next(new ChainProgress(task, List.of(first, second))))
                .isEmpty();
    }
}
