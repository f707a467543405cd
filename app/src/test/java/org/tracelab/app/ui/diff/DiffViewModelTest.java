package org.tracelab.app.ui.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tracelab.app.ui.jobs.ImmediateJobs;
import org.tracelab.core.diff.ChangeKind;
import org.tracelab.core.diff.ChangedSpan;
import org.tracelab.core.diff.Hunk;
import org.tracelab.core.diff.VerdictChange;
import org.tracelab.core.testing.SampleTraces;
import org.tracelab.core.trace.Attempt;
import org.tracelab.core.trace.AttemptError;
import org.tracelab.core.trace.Strategy;
import org.tracelab.core.trace.TaskRecord;
import org.tracelab.core.verify.InstructionVerdict;
import org.tracelab.core.verify.LooseVariant;
import org.tracelab.storage.StoredAttempt;

/** The Diff view's state without a window: the default pair, small comparisons, verdict rows, stepping. */
class DiffViewModelTest {

    private static final TaskRecord TASK = SampleTraces.task("1");

    private final ImmediateJobs jobs = new ImmediateJobs();
    private final List<String> reported = new ArrayList<>();
    private final DiffViewModel viewModel = new DiffViewModel(jobs, (summary, cause) -> reported.add(summary));

    @AfterEach
    void stopJobs() {
        assertThat(reported).isEmpty();
    }

    @Test
    void defaultPairIsThePatchAndTheRegenerateAttemptWhenTheChainHasBoth() {
        List<StoredAttempt> chain = List.of(
                stored(0, Strategy.DIRECT, false),
                stored(1, Strategy.PATCH, false),
                stored(2, Strategy.REGENERATE, true),
                stored(3, Strategy.PATCH, true));

        assertThat(DiffViewModel.defaultPair(chain))
                .hasValueSatisfying(pair ->
                        assertThat(pair).extracting(a -> a.attempt().index()).containsExactly(1, 2));
    }

    @Test
    void defaultPairKeepsChainOrderWhenTheRegenerateCameFirst() {
        List<StoredAttempt> chain = List.of(
                stored(0, Strategy.DIRECT, false),
                stored(1, Strategy.REGENERATE, false),
                stored(2, Strategy.PATCH, true));

        assertThat(DiffViewModel.defaultPair(chain))
                .hasValueSatisfying(pair -> assertThat(pair)
                        .extracting(a -> a.attempt().strategy())
                        .containsExactly(Strategy.REGENERATE, Strategy.PATCH));
    }

    @Test
    void withoutBothRepairKindsDefaultPairIsTheFirstFailingAndTheFinalAttempt() {
        List<StoredAttempt> chain = List.of(
                stored(0, Strategy.DIRECT, true),
                stored(1, Strategy.RETRY, false),
                stored(2, Strategy.PATCH, false),
                stored(3, Strategy.PATCH, true));

        assertThat(DiffViewModel.defaultPair(chain))
                .hasValueSatisfying(pair ->
                        assertThat(pair).extracting(a -> a.attempt().index()).containsExactly(1, 3));
    }

    @Test
    void aFailedCallCountsAsFailing() {
        StoredAttempt failedCall = new StoredAttempt(
                11,
                5,
                new Attempt(
                        1,
                        0,
                        Strategy.RETRY,
                        List.of(),
                        "",
                        null,
                        null,
                        null,
                        null,
                        new AttemptError("http", "timeout"),
                        SampleTraces.T0,
                        List.of(),
                        List.of()));
        List<StoredAttempt> chain =
                List.of(stored(0, Strategy.DIRECT, true), failedCall, stored(2, Strategy.RETRY, true));

        assertThat(DiffViewModel.defaultPair(chain).orElseThrow()).containsExactly(failedCall, chain.get(2));
    }

    @Test
    void whenNoEarlierAttemptFailsDefaultPairIsTheFirstAndTheFinalAttempt() {
        List<StoredAttempt> chain = List.of(stored(0, Strategy.DIRECT, true), stored(1, Strategy.RETRY, false));

        assertThat(DiffViewModel.defaultPair(chain).orElseThrow()).containsExactly(chain.get(0), chain.get(1));
    }

    @Test
    void aChainOfFewerThanTwoAttemptsHasNoPair() {
        assertThat(DiffViewModel.defaultPair(List.of())).isEmpty();
        assertThat(DiffViewModel.defaultPair(List.of(stored(0, Strategy.DIRECT, false))))
                .isEmpty();
    }

    @Test
    void showChainComparesTheDefaultPairAtOnceForSmallTexts() {
        List<StoredAttempt> chain = List.of(
                stored(0, Strategy.DIRECT, false, "Hi, there friend."),
                stored(1, Strategy.PATCH, true, "hi there friend."));

        viewModel.showChain(TASK, chain);

        assertThat(viewModel.choices()).containsExactlyElementsOf(chain);
        assertThat(viewModel.left().get()).isEqualTo(chain.get(0));
        assertThat(viewModel.right().get()).isEqualTo(chain.get(1));
        assertThat(viewModel.computing().get()).isFalse();
        DiffContent content = viewModel.content().get();
        assertThat(content.leftText()).isEqualTo("Hi, there friend.");
        assertThat(content.diff()).hasValueSatisfying(diff -> {
            assertThat(diff.left()).containsExactly(new ChangedSpan(0, 3, ChangeKind.CHANGED));
            assertThat(diff.right()).containsExactly(new ChangedSpan(0, 2, ChangeKind.CHANGED));
        });
        assertThat(viewModel.status().get()).isEqualTo("1 change");
        assertThat(viewModel.leftHeader().get()).isEqualTo("attempt 0 · direct · fail · strict 1/2 · loose 1/2");
        assertThat(viewModel.rightHeader().get()).isEqualTo("attempt 1 · patch · pass · strict 2/2 · loose 2/2");
        assertThat(viewModel.verdictChanges())
                .containsExactly(
                        new VerdictChangeRow(0, "punctuation:no_comma", VerdictChange.FIXED, VerdictChange.FIXED),
                        new VerdictChangeRow(
                                1,
                                "change_case:english_lowercase",
                                VerdictChange.UNCHANGED_PASS,
                                VerdictChange.UNCHANGED_PASS));
    }

    @Test
    void choosingAnotherPairAndSwappingRecompute() {
        List<StoredAttempt> chain = List.of(
                stored(0, Strategy.DIRECT, false, "one two"),
                stored(1, Strategy.PATCH, false, "one three"),
                stored(2, Strategy.PATCH, true, "one two"));
        viewModel.showChain(TASK, chain);
        assertThat(viewModel.left().get()).isEqualTo(chain.get(0));
        assertThat(viewModel.right().get()).isEqualTo(chain.get(2));
        assertThat(viewModel.status().get()).isEqualTo("The texts are identical.");

        viewModel.choose(chain.get(2), chain.get(1));
        assertThat(viewModel.content().get().rightText()).isEqualTo("one three");
        assertThat(viewModel.verdictChanges())
                .extracting(VerdictChangeRow::strict)
                .containsExactly(VerdictChange.BROKEN, VerdictChange.UNCHANGED_PASS);

        viewModel.swap();
        assertThat(viewModel.left().get()).isEqualTo(chain.get(1));
        assertThat(viewModel.verdictChanges())
                .extracting(VerdictChangeRow::strict)
                .containsExactly(VerdictChange.FIXED, VerdictChange.UNCHANGED_PASS);
        assertThat(viewModel.choices())
                .as("the whole chain stays to choose from")
                .hasSize(3);
    }

    @Test
    void nextAndPreviousChangeStepThroughTheChangedHunks() {
        viewModel.showChain(
                TASK,
                List.of(stored(0, Strategy.DIRECT, false, "a b c d e"), stored(1, Strategy.PATCH, true, "a X c d Y")));

        assertThat(viewModel.nextChange()).contains(new Hunk(2, 3, 2, 3, true));
        assertThat(viewModel.nextChange()).contains(new Hunk(8, 9, 8, 9, true));
        assertThat(viewModel.nextChange()).as("stays on the last").contains(new Hunk(8, 9, 8, 9, true));
        assertThat(viewModel.currentChange().get()).isEqualTo(1);
        assertThat(viewModel.previousChange()).contains(new Hunk(2, 3, 2, 3, true));
        assertThat(viewModel.previousChange()).contains(new Hunk(2, 3, 2, 3, true));
    }

    @Test
    void anUnverifiedAttemptLeavesTheVerdictTableEmptyAndSaysWhy() {
        StoredAttempt failedCall = new StoredAttempt(
                11,
                5,
                new Attempt(
                        1,
                        0,
                        Strategy.RETRY,
                        List.of(),
                        "",
                        null,
                        null,
                        null,
                        null,
                        new AttemptError("http", "timeout"),
                        SampleTraces.T0,
                        List.of(),
                        List.of()));

        viewModel.show(TASK, stored(0, Strategy.DIRECT, false), failedCall);

        assertThat(viewModel.verdictChanges()).isEmpty();
        assertThat(viewModel.verdictNote().get())
                .isEqualTo("Attempt 1 has no verdicts (the call failed): nothing to compare.");
        assertThat(viewModel.rightHeader().get()).isEqualTo("attempt 1 · retry · call failed");
    }

    @Test
    void aSingleAttemptChainShowsNothingAndSaysWhy() {
        viewModel.showChain(TASK, List.of(stored(0, Strategy.DIRECT, true)));

        assertThat(viewModel.content().get()).isNull();
        assertThat(viewModel.status().get()).isEqualTo("This chain has a single attempt: nothing to compare.");
        assertThat(viewModel.nextChange()).isEmpty();
    }

    @Test
    void attemptsOfDifferentChainsAreRefused() {
        StoredAttempt other =
                new StoredAttempt(99, 6, stored(1, Strategy.PATCH, true).attempt());

        assertThatThrownBy(() -> viewModel.show(TASK, stored(0, Strategy.DIRECT, false), other))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("different chains");
    }

    @Test
    void attemptsOfAnyChainsAreShownWithTheirChainsNamedAndAllTheirAttemptsOffered() {
        List<StoredAttempt> chainA =
                List.of(stored(0, Strategy.DIRECT, false, "rain, soft"), stored(1, Strategy.PATCH, true, "rain soft"));
        StoredAttempt otherRun = new StoredAttempt(
                301, 9, stored(0, Strategy.DIRECT, true, "soft rain").attempt());
        List<DiffChain> offered = List.of(
                new DiffChain("A · run #1 · direct", "A · chain 5", TASK, chainA),
                new DiffChain("B · run #2 · direct", "B · chain 9", TASK, List.of(otherRun)));

        viewModel.showAttempts(offered, chainA.get(0), otherRun);

        assertThat(viewModel.choices()).containsExactly(chainA.get(0), chainA.get(1), otherRun);
        assertThat(viewModel.label(otherRun)).isEqualTo("B · chain 9 · attempt 0 · direct");
        assertThat(viewModel.leftHeader().get())
                .isEqualTo("A · run #1 · direct\nattempt 0 · direct · fail · strict 1/2 · loose 1/2");
        assertThat(viewModel.rightHeader().get())
                .isEqualTo("B · run #2 · direct\nattempt 0 · direct · pass · strict 2/2 · loose 2/2");
        assertThat(viewModel.verdictChanges())
                .extracting(VerdictChangeRow::strict)
                .containsExactly(VerdictChange.FIXED, VerdictChange.UNCHANGED_PASS);
        assertThat(viewModel.content().get().rightText()).isEqualTo("soft rain");

        viewModel.choose(chainA.get(1), otherRun); // another pair across the chains: "rain soft" vs "soft rain"
        assertThat(viewModel.content().get().leftText()).isEqualTo("rain soft");
        assertThat(viewModel.status().get()).isEqualTo("2 changes");
        assertThat(viewModel.verdictChanges())
                .extracting(VerdictChangeRow::strict)
                .containsExactly(VerdictChange.UNCHANGED_PASS, VerdictChange.UNCHANGED_PASS);
    }

    @Test
    void attemptsOfTasksWithOtherInstructionsShowTheirTextsAndSayWhyVerdictsAreNotCompared() {
        StoredAttempt left = stored(0, Strategy.DIRECT, false, "rain, soft");
        TaskRecord title = new TaskRecord(
                "2", "A title.", List.of("detectable_format:title"), List.of(SampleTraces.json("{}")), List.of());
        StoredAttempt right = new StoredAttempt(
                400,
                12,
                new Attempt(
                        0,
                        null,
                        Strategy.DIRECT,
                        List.of(),
                        "<<Rain>>",
                        "stop",
                        null,
                        null,
                        null,
                        null,
                        SampleTraces.T0,
                        List.of(new InstructionVerdict(
                                0, "detectable_format:title", true, true, LooseVariant.AS_GIVEN, List.of(), "")),
                        List.of()));

        viewModel.showAttempts(
                List.of(new DiffChain("this", TASK, List.of(left)), new DiffChain("other", title, List.of(right))),
                left,
                right);

        assertThat(viewModel.content().get().rightText()).isEqualTo("<<Rain>>");
        assertThat(viewModel.verdictChanges()).isEmpty();
        assertThat(viewModel.verdictNote().get()).startsWith("The verdicts do not match: cannot compare verdicts");
    }

    @Test
    void anAttemptOutsideTheOfferedChainsIsRefused() {
        StoredAttempt left = stored(0, Strategy.DIRECT, false);
        StoredAttempt stray =
                new StoredAttempt(500, 13, stored(1, Strategy.PATCH, true).attempt());

        assertThatThrownBy(() -> viewModel.showAttempts(List.of(new DiffChain("A", TASK, List.of(left))), left, stray))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not among the offered chains");
    }

    private static StoredAttempt stored(int index, Strategy strategy, boolean passes) {
        return stored(index, strategy, passes, "output " + index);
    }

    /** An attempt of chain 5; when failing, it breaks the comma rule (strict and loose). */
    private static StoredAttempt stored(int index, Strategy strategy, boolean passes, String output) {
        List<InstructionVerdict> verdicts = List.of(
                new InstructionVerdict(
                        0,
                        "punctuation:no_comma",
                        passes,
                        passes,
                        passes ? LooseVariant.AS_GIVEN : null,
                        List.of(),
                        passes ? "" : "found a comma"),
                new InstructionVerdict(
                        1, "change_case:english_lowercase", true, true, LooseVariant.AS_GIVEN, List.of(), ""));
        return new StoredAttempt(
                100 + index,
                5,
                new Attempt(
                        index,
                        index == 0 ? null : index - 1,
                        strategy,
                        List.of(),
                        output,
                        "stop",
                        null,
                        null,
                        null,
                        null,
                        SampleTraces.T0,
                        verdicts,
                        List.of()));
    }
}
