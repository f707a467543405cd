package org.tracelab.core.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tracelab.core.flags.FlagNames;
import org.tracelab.core.run.Margin;
import org.tracelab.core.run.PairMiner;
import org.tracelab.core.run.TaskRollouts;
import org.tracelab.core.testing.SampleTraces;
import org.tracelab.core.trace.Attempt;
import org.tracelab.core.trace.AttemptError;
import org.tracelab.core.trace.Curation;
import org.tracelab.core.trace.CurationState;
import org.tracelab.core.trace.CurationTarget;
import org.tracelab.core.trace.Message;
import org.tracelab.core.trace.Strategy;
import org.tracelab.core.trace.TaskRecord;
import org.tracelab.core.verify.InstructionVerdict;
import org.tracelab.core.verify.LooseVariant;

/**
 * One hand-built task (two instructions) of a run with seeds 42 and 43: for seed 42 the shared first answer fails
 * and {@code full_pcl} repairs it; for seed 43 the direct answer passes on its own.
 */
class TrainingMaterialTest {

    private static final String SYSTEM = "Answer carefully.";
    private static final TaskRecord TASK = SampleTraces.task("7");

    private static Attempt attempt(
            int index, Integer parent, String output, boolean comma, boolean upper, String... flags) {
        List<Message> request = List.of(new Message("system", SYSTEM), new Message("user", TASK.prompt()));
        return new Attempt(
                index,
                parent,
                index == 0 ? Strategy.DIRECT : Strategy.PATCH,
                request,
                output,
                "stop",
                10,
                10,
                5L,
                null,
                Instant.parse("2025-03-01T10:00:00Z"),
                List.of(
                        verdict(0, "punctuation:no_comma", !comma),
                        verdict(1, "change_case:english_lowercase", !upper)),
                List.of(flags));
    }

    private static InstructionVerdict verdict(int index, String id, boolean passes) {
        return new InstructionVerdict(index, id, passes, passes, LooseVariant.AS_GIVEN, List.of(), null);
    }

    private static final Attempt SHARED =
            attempt(0, null, "Rain falls, softly", true, true, FlagNames.SHARED_FIRST_ATTEMPT);
    private static final Attempt FIXED = attempt(1, 0, "rain falls softly", false, false);

    private static TaskRollouts rollouts() {
        Attempt failedCall = new Attempt(
                2,
                1,
                Strategy.PATCH,
                List.of(),
                "",
                null,
                null,
                null,
                null,
                new AttemptError("timeout", "no answer"),
                Instant.parse("2025-03-01T10:00:00Z"),
                List.of(),
                List.of());
        return new TaskRollouts(
                3,
                TASK,
                List.of(
                        new TaskRollouts.Chain(
                                10,
                                "direct",
                                42L,
                                0,
                                0,
                                CurationState.NONE,
                                List.of(new TaskRollouts.Answer(100, SHARED))),
                        new TaskRollouts.Chain(
                                11,
                                "full_pcl",
                                42L,
                                0,
                                1,
                                CurationState.INCLUDED,
                                List.of(new TaskRollouts.Answer(101, SHARED), new TaskRollouts.Answer(102, FIXED))),
                        new TaskRollouts.Chain(
                                12,
                                "direct",
                                43L,
                                0,
                                null,
                                CurationState.NONE,
                                List.of(
                                        new TaskRollouts.Answer(
                                                103, attempt(0, null, "drizzle on the roof", false, false)),
                                        new TaskRollouts.Answer(104, failedCall)))));
    }

    @Test
    void theRepairOfASharedFirstAnswerIsOnePairWithRanksAndMarginAndItsDecision() {
        Map<CurationTarget.PairTarget, Curation> decisions =
                Map.of(new CurationTarget.PairTarget(102, 101), new Curation(CurationState.INCLUDED, "clean fix"));
        List<PreferencePair> pairs = TrainingMaterial.pairs(rollouts(), new PairMiner(4), decisions);

        assertThat(pairs).singleElement().satisfies(pair -> {
            assertThat(pair.chosen()).isEqualTo("rain falls softly");
            assertThat(pair.rejected()).isEqualTo("Rain falls, softly");
            assertThat(pair.origin()).isEqualTo(PairOrigin.REPAIR);
            assertThat(pair.ranking()).isEqualTo(new PairRanking(1, 2, new Margin(Margin.Criterion.ALL_STRICT, 2, 2)));
            assertThat(pair.rejectedFlags()).containsExactly(FlagNames.SHARED_FIRST_ATTEMPT);
            assertThat(pair.systemPrompt()).isEqualTo(SYSTEM);
            assertThat(pair.chosenSource()).isEqualTo(new AttemptRef(3, 11, 102));
            assertThat(pair.curation()).isEqualTo(CurationState.INCLUDED);
        });
        // A provenance flag on the rejected side does not keep the pair out of a default export.
        assertThat(ExportKind.dpo(pairs)
                        .select(ExportStyle.CONVERSATIONAL, false)
                        .lines())
                .hasSize(1);
    }

    @Test
    void eachFinishedChainHasTheRankOfItsFinalAnswerInItsTaskAndSeed() {
        assertThat(rollouts().chainRanks())
                .containsExactly(
                        Map.entry(10L, new org.tracelab.core.run.ChainRank(42L, 2, 2)),
                        Map.entry(11L, new org.tracelab.core.run.ChainRank(42L, 1, 2)));
        assertThat(rollouts().chainRanks().get(10L).describe()).isEqualTo("2 / 2");
    }

    @Test
    void examplesComeGroupedBySeedInRankOrderWithTheirChainsCuration() {
        List<ExportExample> examples = TrainingMaterial.examples(rollouts());

        assertThat(examples)
                .extracting(ExportExample::completion)
                .containsExactly(
                        "rain falls softly", "Rain falls, softly", "Rain falls, softly", "drizzle on the roof");
        assertThat(examples).extracting(e -> e.rank().rank()).containsExactly(1, 2, 2, 1);
        assertThat(examples)
                .extracting(e -> e.rank().group())
                .containsExactly(
                        "run 3, task 7, seed 42",
                        "run 3, task 7, seed 42",
                        "run 3, task 7, seed 42",
                        "run 3, task 7, seed 43");
        assertThat(examples)
                .extracting(ExportExample::curation)
                .containsExactly(
                        CurationState.INCLUDED, CurationState.NONE, CurationState.INCLUDED, CurationState.NONE);
        assertThat(examples.get(0).systemPrompt()).isEqualTo(SYSTEM);

        ExportSelection sft = ExportKind.sft(examples).select(ExportStyle.STANDARD, false);
        assertThat(sft.lines()).hasSize(2);
        assertThat(sft.excluded()).containsExactly(Map.entry(Exclusion.NOT_PASSING, 2));
    }
}
