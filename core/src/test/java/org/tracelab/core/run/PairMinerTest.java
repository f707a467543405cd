package org.tracelab.core.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tracelab.core.flags.FlagNames;

class PairMinerTest {

    private static final AttemptScore PASS = new AttemptScore(true, 2, 2);
    private static final AttemptScore NEAR_MISS = new AttemptScore(false, 1, 2);
    private static final AttemptScore FAIL = new AttemptScore(false, 0, 0);

    private static PairableAttempt attempt(long id, long chain, int index, Integer parent, String text,
            AttemptScore score, String... flags) {
        return new PairableAttempt(id, chain, index, parent, text, score, List.of(flags));
    }

    private static List<List<Long>> ids(List<PairCandidate> pairs) {
        return pairs.stream().map(p -> List.of(p.chosen().attemptId(), p.rejected().attemptId())).toList();
    }

    @Test
    void repairPairsComeFirstThenCrossChainNearMisses() {
        List<PairableAttempt> attempts = List.of(
                attempt(1, 10, 0, null, "first, failing", FAIL),
                attempt(2, 10, 1, 0, "fixed", PASS),
                attempt(3, 20, 0, null, "other, failing", NEAR_MISS),
                attempt(4, 20, 1, 0, "other fixed", PASS));
        List<PairCandidate> pairs = new PairMiner(4).mine(attempts);

        assertThat(pairs).extracting(PairCandidate::kind).containsExactly(PairCandidate.Kind.REPAIR,
                PairCandidate.Kind.REPAIR, PairCandidate.Kind.CROSS_CHAIN, PairCandidate.Kind.CROSS_CHAIN);
        assertThat(ids(pairs)).containsExactly(List.of(4L, 3L), List.of(2L, 1L), List.of(2L, 3L), List.of(4L, 1L));
        assertThat(new PairMiner(1).mine(attempts)).hasSize(1);
    }

    @Test
    void neverAGamedRefusedOrTruncatedChosenNorIdenticalTexts() {
        List<PairableAttempt> attempts = List.of(
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
        List<PairableAttempt> attempts = List.of(
                attempt(1, 10, 0, null, "shared, failing", FAIL),
                attempt(2, 20, 0, null, "shared, failing", FAIL),
                attempt(3, 20, 1, 0, "fixed", PASS),
                attempt(4, 30, 0, null, "shared, failing", FAIL),
                attempt(5, 30, 1, 0, "fixed", PASS));
        List<PairCandidate> pairs = new PairMiner(4).mine(attempts);
        assertThat(pairs).singleElement().satisfies(p -> assertThat(p.kind()).isEqualTo(PairCandidate.Kind.REPAIR));
    }

    @Test
    void noPairWithoutBothSides() {
        assertThat(new PairMiner(4).mine(List.of(attempt(1, 1, 0, null, "a", PASS), attempt(2, 2, 0, null, "b", PASS))))
                .isEmpty();
        assertThat(new PairMiner(4).mine(List.of(attempt(1, 1, 0, null, "a", FAIL)))).isEmpty();
    }
}
