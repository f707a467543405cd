package org.tracelab.core.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tracelab.core.flags.FlagNames;

class PairMinerTest {

    private static final AttemptScore PASS = new AttemptScore(true, true, 2, 2);
    private static final AttemptScore NEAR_MISS = new AttemptScore(false, true, 1, 2);
    private static final AttemptScore FAIL = new AttemptScore(false, false, 0, 0);

    /** An attempt of seed 42, fork 0, in a chain of mode {@code full_pcl}. */
    private static RolloutAttempt attempt(
            long id, long chain, int index, Integer parent, String text, AttemptScore score, String... flags) {
        return new RolloutAttempt(id, chain, "full_pcl", 42L, (int) chain, index, parent, text, score, List.of(flags));
    }

    private static RolloutAttempt withSeed(RolloutAttempt a, long seed) {
        return new RolloutAttempt(
                a.attemptId(),
                a.chainId(),
                a.mode(),
                seed,
                a.fork(),
                a.index(),
                a.parentIndex(),
                a.text(),
                a.score(),
                a.flags());
    }

    private static List<List<Long>> ids(List<PairCandidate> pairs) {
        return pairs.stream()
                .map(p -> List.of(p.chosen().attemptId(), p.rejected().attemptId()))
                .toList();
    }

    @Test
    void repairPairsComeFirstThenCrossChainNearMisses() {
        List<RolloutAttempt> attempts = List.of(
                attempt(1, 10, 0, null, "first, failing", FAIL),
                attempt(2, 10, 1, 0, "fixed", PASS),
                attempt(3, 20, 0, null, "other, failing", NEAR_MISS),
                attempt(4, 20, 1, 0, "other fixed", PASS));
        List<PairCandidate> pairs = new PairMiner(4).mine(attempts);

        assertThat(pairs)
                .extracting(PairCandidate::kind)
                .containsExactly(
                        PairCandidate.Kind.REPAIR,
                        PairCandidate.Kind.REPAIR,
                        PairCandidate.Kind.CROSS_CHAIN,
                        PairCandidate.Kind.CROSS_CHAIN);
        assertThat(ids(pairs)).containsExactly(List.of(4L, 3L), List.of(2L, 1L), List.of(2L, 3L), List.of(4L, 1L));
        assertThat(pairs).extracting(PairCandidate::chosenRank).containsOnly(1);
        assertThat(pairs).extracting(PairCandidate::rejectedRank).containsExactly(2, 3, 2, 3);
        assertThat(pairs.get(0).margin()).isEqualTo(new Margin(Margin.Criterion.ALL_STRICT, 1, 0));
        assertThat(pairs.get(1).margin()).isEqualTo(new Margin(Margin.Criterion.ALL_STRICT, 2, 2));
        assertThat(new PairMiner(1).mine(attempts)).hasSize(1);
    }

    @Test
    void neverAGamedRefusedOrTruncatedChosenNorIdenticalTexts() {
        List<RolloutAttempt> attempts = List.of(
                attempt(1, 10, 0, null, "failing", FAIL),
                attempt(2, 10, 1, 0, "gamed pass", PASS, FlagNames.GAMED_KEYWORDS_TRAILER),
                attempt(3, 11, 0, null, "cut pass", PASS, FlagNames.TRUNCATED),
                attempt(4, 12, 0, null, "refused pass", PASS, FlagNames.REFUSAL),
                attempt(5, 13, 0, null, "failing  ", PASS),
                attempt(6, 14, 0, null, "", FAIL));
        assertThat(new PairMiner(4).mine(attempts)).isEmpty();
    }

    @Test
    void aSharedFirstAttemptStoredInEveryModeGivesOnePair() {
        List<RolloutAttempt> attempts = List.of(
                attempt(1, 10, 0, null, "shared, failing", FAIL, FlagNames.SHARED_FIRST_ATTEMPT),
                attempt(2, 20, 0, null, "shared, failing", FAIL, FlagNames.SHARED_FIRST_ATTEMPT),
                attempt(3, 20, 1, 0, "fixed", PASS),
                attempt(4, 30, 0, null, "shared, failing", FAIL, FlagNames.SHARED_FIRST_ATTEMPT),
                attempt(5, 30, 1, 0, "fixed", PASS));
        List<PairCandidate> pairs = new PairMiner(4).mine(attempts);
        assertThat(pairs).singleElement().satisfies(p -> assertThat(p.kind()).isEqualTo(PairCandidate.Kind.REPAIR));
    }

    @Test
    void tiedAttemptsAreNeverPairedEvenWhenNothingPasses() {
        AttemptScore oneOfTwo = new AttemptScore(false, false, 1, 1);
        List<RolloutAttempt> attempts = List.of(
                attempt(1, 10, 0, null, "a, half right", oneOfTwo),
                attempt(2, 20, 0, null, "b, half right too", oneOfTwo),
                attempt(3, 30, 0, null, "c passes", PASS),
                attempt(4, 40, 0, null, "d passes too", PASS));
        List<PairCandidate> pairs = new PairMiner(8).mine(attempts);
        assertThat(pairs).hasSize(4).allSatisfy(p -> {
            assertThat(p.chosen().score()).isEqualTo(PASS);
            assertThat(p.rejected().score()).isEqualTo(oneOfTwo);
        });
        assertThat(new PairMiner(8).mine(attempts.subList(0, 2))).isEmpty();
    }

    @Test
    void attemptsOfDifferentSeedsAreNeverPaired() {
        List<RolloutAttempt> attempts = List.of(
                attempt(1, 10, 0, null, "seed 42 fails", FAIL),
                withSeed(attempt(2, 20, 0, null, "seed 43 passes", PASS), 43));
        assertThat(new PairMiner(4).mine(attempts)).isEmpty();
    }

    @Test
    void aCleanRejectedTextComesBeforeAQualityFlaggedOneSoTheLimitKeepsIt() {
        List<RolloutAttempt> attempts = List.of(
                attempt(1, 10, 0, null, "near miss but refused", NEAR_MISS, FlagNames.REFUSAL),
                attempt(2, 10, 1, 0, "fixed", PASS),
                attempt(3, 20, 0, null, "plain failure", FAIL),
                attempt(4, 20, 1, 0, "fixed again", PASS));
        assertThat(ids(new PairMiner(1).mine(attempts))).containsExactly(List.of(4L, 3L));
    }

    @Test
    void noPairWithoutBothSides() {
        assertThat(new PairMiner(4).mine(List.of(attempt(1, 1, 0, null, "a", PASS), attempt(2, 2, 0, null, "b", PASS))))
                .isEmpty();
        assertThat(new PairMiner(4).mine(List.of(attempt(1, 1, 0, null, "a", FAIL))))
                .isEmpty();
    }
}
