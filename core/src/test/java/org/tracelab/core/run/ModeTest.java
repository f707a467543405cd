package org.tracelab.core.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tracelab.core.dataset.IfevalTask;
import org.tracelab.core.trace.Strategy;

class ModeTest {

    private static final IfevalTask TASK = TestTasks.task(
            5,
            "List colours. No commas. End with \"Done.\"",
            "punctuation:no_comma",
            "{}",
            "startend:end_checker",
            "{\"end_phrase\": \"Done.\"}");

    private static ChainAttempt attempt(int index, Integer parent, Strategy strategy, String answer) {
        return new ChainAttempt(
                index,
                parent,
                strategy,
                answer,
                TestTasks.verifier().verify(TASK.instructions(), answer).instructions(),
                false);
    }

    private static ChainProgress chain(ChainAttempt... attempts) {
        return new ChainProgress(TASK, List.of(attempts));
    }

    private static final ChainAttempt FAILS_BOTH = attempt(0, null, Strategy.DIRECT, "red, green");
    private static final ChainAttempt PASSES = attempt(0, null, Strategy.DIRECT, "red green. Done.");

    @Test
    void parsesTheThreeModesWithDefaultBudgets() {
        assertThat(Mode.parse("direct")).isEqualTo(new Mode.Direct());
        assertThat(Mode.parse("prompt_retry")).isEqualTo(new Mode.PromptRetry(1));
        assertThat(Mode.parse("full_pcl")).isInstanceOfSatisfying(Mode.FullPcl.class, m -> {
            assertThat(m.maxAttempts()).isEqualTo(4);
            assertThat(m.planner().ruleFixEnabled()).isFalse();
        });
        assertThatThrownBy(() -> Mode.parse("repair")).hasMessageContaining("unknown mode 'repair'");
    }

    @Test
    void directStopsAfterTheFirstAttempt() {
        assertThat(new Mode.Direct().next(chain(FAILS_BOTH))).isEmpty();
    }

    @Test
    void promptRetryRetriesAFailureWithTheRephrasedPromptWithinItsBudget() {
        Mode.PromptRetry mode = new Mode.PromptRetry(1);
        assertThat(mode.next(chain(PASSES))).isEmpty();
        NextStep.ModelCall retry =
                (NextStep.ModelCall) mode.next(chain(FAILS_BOTH)).orElseThrow();
        assertThat(retry.strategy()).isEqualTo(Strategy.RETRY);
        assertThat(retry.parentIndex()).isZero();
        assertThat(retry.messages())
                .singleElement()
                .satisfies(m -> assertThat(m.content()).isEqualTo(InstructionRestater.rephrasedPrompt(TASK)));
        ChainAttempt stillFailing = attempt(1, 0, Strategy.RETRY, "red, blue");
        assertThat(mode.next(chain(FAILS_BOTH, stillFailing))).isEmpty();
        assertThat(new Mode.PromptRetry(2).next(chain(FAILS_BOTH, stillFailing)))
                .isPresent();
    }

    @Test
    void fullPclStopsWhenEverythingPassesOrTheBudgetIsSpent() {
        Mode.FullPcl mode = new Mode.FullPcl(3, new RepairPlanner(false));
        assertThat(mode.next(chain(PASSES))).isEmpty();
        ChainAttempt better = attempt(1, 0, Strategy.PATCH, "red green");
        ChainAttempt evenBetter = attempt(2, 1, Strategy.PATCH, "red green. Done,");
        assertThat(mode.next(chain(FAILS_BOTH, better))).isPresent();
        assertThat(mode.next(chain(FAILS_BOTH, better, evenBetter))).isEmpty();
    }

    @Test
    void fullPclStopsAfterTwoRepairsInARowWithoutGain() {
        Mode.FullPcl mode = new Mode.FullPcl(10, new RepairPlanner(false));
        ChainAttempt better = attempt(1, 0, Strategy.PATCH, "red green");
        ChainAttempt same = attempt(2, 1, Strategy.PATCH, "blue green");
        ChainAttempt worse = attempt(3, 1, Strategy.PATCH, "blue, green");
        assertThat(mode.next(chain(FAILS_BOTH, better, same))).isPresent();
        assertThat(mode.next(chain(FAILS_BOTH, better, same, worse))).isEmpty();
    }

    @Test
    void fullPclRepairsTheBestAttemptNotAWorseLaterOne() {
        Mode.FullPcl mode = new Mode.FullPcl(4, new RepairPlanner(false));
        ChainAttempt better = attempt(1, 0, Strategy.PATCH, "red green");
        ChainAttempt worse = attempt(2, 1, Strategy.PATCH, "red, green, blue");
        NextStep.ModelCall call =
                (NextStep.ModelCall) mode.next(chain(FAILS_BOTH, better, worse)).orElseThrow();
        assertThat(call.parentIndex()).isEqualTo(1);
        assertThat(call.messages().get(1).content()).isEqualTo("red green");
    }

    @Test
    void aFailedCallEndsTheChain() {
        ChainAttempt failedCall = new ChainAttempt(0, null, Strategy.DIRECT, "", List.of(), true);
        assertThat(new Mode.PromptRetry(1).next(chain(failedCall))).isEmpty();
        assertThat(new Mode.FullPcl(4, new RepairPlanner(false)).next(chain(failedCall)))
                .isEmpty();
    }

    @Test
    void theBestAttemptIsChosenByScoreAndTheEarliestOnATie() {
        List<ChainAttempt> attempts = new ArrayList<>(List.of(
                FAILS_BOTH,
                attempt(1, 0, Strategy.PATCH, "blue, red"),
                attempt(2, 0, Strategy.PATCH, "blue red"),
                attempt(3, 2, Strategy.PATCH, "green red")));
        assertThat(ChainProgress.bestIndexOf(attempts)).isEqualTo(2);
        assertThat(ChainProgress.bestIndexOf(attempts.subList(0, 2))).isZero();
        assertThat(new AttemptScore(true, true, 1, 1)).isGreaterThan(new AttemptScore(false, true, 5, 6));
        assertThat(new AttemptScore(false, true, 1, 3)).isGreaterThan(new AttemptScore(false, false, 2, 2));
        assertThat(new AttemptScore(false, false, 2, 2)).isGreaterThan(new AttemptScore(false, false, 1, 3));
        assertThat(new AttemptScore(false, false, 2, 3)).isGreaterThan(new AttemptScore(false, false, 2, 2));
    }
}
