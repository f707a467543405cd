package org.tracelab.core.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Rankings of hand-built rollouts of one task with three instructions. */
class RolloutRankerTest {

    private static final AttemptScore ALL = new AttemptScore(true, true, 3, 3);
    /** Follows every instruction loosely, only one strictly. */
    private static final AttemptScore ALL_LOOSE = new AttemptScore(false, true, 1, 3);

    private static final AttemptScore TWO_STRICT = new AttemptScore(false, false, 2, 2);
    private static final AttemptScore ONE_STRICT_TWO_LOOSE = new AttemptScore(false, false, 1, 2);
    private static final AttemptScore ONE_STRICT = new AttemptScore(false, false, 1, 1);

    private static RolloutAttempt attempt(long id, String mode, long seed, int fork, int index, AttemptScore score) {
        return new RolloutAttempt(
                id,
                100 * seed + 10L * fork + mode.length(),
                mode,
                seed,
                fork,
                index,
                index == 0 ? null : index - 1,
                "answer " + id,
                score,
                List.of());
    }

    @Test
    void ranksByAllStrictThenAllLooseThenStrictThenLooseCounts() {
        List<RolloutAttempt> attempts = List.of(
                attempt(1, "direct", 42, 0, 0, ONE_STRICT),
                attempt(2, "direct", 42, 1, 0, TWO_STRICT),
                attempt(3, "direct", 42, 2, 0, ALL_LOOSE),
                attempt(4, "direct", 42, 3, 0, ONE_STRICT_TWO_LOOSE),
                attempt(5, "full_pcl", 42, 0, 1, ALL));
        RolloutRanking ranking = new RolloutRanker().rankGroup(42L, attempts);

        assertThat(ranking.levels())
                .extracting(RankLevel::outcome)
                .containsExactly(ALL, ALL_LOOSE, TWO_STRICT, ONE_STRICT_TWO_LOOSE, ONE_STRICT);
        assertThat(ranking.levels())
                .extracting(level -> level.attempts().get(0).attemptId())
                .containsExactly(5L, 3L, 2L, 4L, 1L);
        assertThat(ranking.levels())
                .extracting(RankLevel::belowPrevious)
                .containsExactly(
                        Optional.empty(),
                        Optional.of(new Margin(Margin.Criterion.ALL_STRICT, 2, 0)),
                        Optional.of(new Margin(Margin.Criterion.ALL_LOOSE, -1, 1)),
                        Optional.of(new Margin(Margin.Criterion.STRICT_INSTRUCTIONS, 1, 0)),
                        Optional.of(new Margin(Margin.Criterion.LOOSE_INSTRUCTIONS, 0, 1)));
        assertThat(ranking.margin(1, 5)).isEqualTo(new Margin(Margin.Criterion.ALL_STRICT, 2, 2));
        assertThat(ranking.margin(1, 5).describe()).isEqualTo("all strict; +2 strict, +2 loose");
    }

    @Test
    void equalOutcomesShareARankAndTheNextRankFollowsWithoutAGap() {
        List<RolloutAttempt> attempts = List.of(
                attempt(11, "full_pcl", 42, 3, 2, ALL),
                attempt(12, "direct", 42, 1, 0, ALL),
                attempt(13, "direct", 42, 0, 0, TWO_STRICT),
                attempt(14, "prompt_retry", 42, 0, 0, TWO_STRICT),
                attempt(15, "direct", 42, 2, 0, ONE_STRICT));
        RolloutRanking ranking = new RolloutRanker().rankGroup(42L, attempts);

        assertThat(ranking.depth()).isEqualTo(3);
        assertThat(ranking.attempts()).extracting(ranking::rankOf).containsExactly(1, 1, 2, 2, 3);
        // Within a rank, rollout order lists them (earlier attempt, then fork, then mode): it never splits a tie.
        assertThat(ranking.levels().get(0).attempts())
                .extracting(RolloutAttempt::attemptId)
                .containsExactly(12L, 11L);
        assertThat(ranking.levels().get(1).attempts())
                .extracting(RolloutAttempt::attemptId)
                .containsExactly(13L, 14L);
        assertThatThrownBy(() -> ranking.margin(2, 2)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void eachSeedIsRankedOnItsOwn() {
        List<RolloutAttempt> attempts = List.of(
                attempt(1, "direct", 43, 0, 0, ONE_STRICT),
                attempt(2, "direct", 42, 0, 0, ONE_STRICT),
                attempt(3, "direct", 42, 1, 0, ALL),
                attempt(4, "direct", 43, 1, 0, TWO_STRICT));
        List<RolloutRanking> rankings = new RolloutRanker().rank(attempts);

        assertThat(rankings).extracting(RolloutRanking::seed).containsExactly(42L, 43L);
        assertThat(rankings.get(0).attempts())
                .extracting(RolloutAttempt::attemptId)
                .containsExactly(3L, 2L);
        assertThat(rankings.get(1).attempts())
                .extracting(RolloutAttempt::attemptId)
                .containsExactly(4L, 1L);
        assertThat(rankings.get(1).rankOf(attempts.get(0))).isEqualTo(2);
    }

    @Test
    void aSingleAttemptIsRankOneWithNothingBelow() {
        RolloutRanking ranking =
                new RolloutRanker().rankGroup(42L, List.of(attempt(1, "direct", 42, 0, 0, ONE_STRICT)));
        assertThat(ranking.depth()).isEqualTo(1);
        assertThat(ranking.levels().get(0).belowPrevious()).isEmpty();
        assertThat(ranking.rankOf(999, 0)).isEmpty();
    }
}
