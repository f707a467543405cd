package org.tracelab.core.run;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Ranks a task's answered attempts per (task, seed) by verifier outcome ({@link AttemptScore}'s order: all strict,
 * then all loose, then instructions followed strictly, then loosely). The attempts ranked are every fork's final
 * attempt and, in repair modes, every attempt of the chains — in practice every answered attempt, since a
 * {@code direct} chain holds only its final one. Attempts with the same outcome share a rank (ties stay ties:
 * nothing breaks them, not an id nor the order they were made in); ranks are dense (1, 2, 3…), and each rank after
 * the first records its {@link Margin} below the one above. Attempts of different seeds are never ranked against
 * each other. A pure function of its input; see ADR 0017.
 */
public final class RolloutRanker {

    /** One ranking per seed in the attempts, by seed (unknown seed first). */
    public List<RolloutRanking> rank(List<RolloutAttempt> attempts) {
        Map<Long, List<RolloutAttempt>> bySeed = new TreeMap<>(Comparator.nullsFirst(Comparator.naturalOrder()));
        for (RolloutAttempt attempt : attempts) {
            bySeed.computeIfAbsent(attempt.seed(), seed -> new ArrayList<>()).add(attempt);
        }
        List<RolloutRanking> rankings = new ArrayList<>();
        bySeed.forEach((seed, group) -> rankings.add(rankGroup(seed, group)));
        return rankings;
    }

    /** The ranking of one (task, seed); every attempt must have that seed. */
    public RolloutRanking rankGroup(Long seed, List<RolloutAttempt> attempts) {
        Map<AttemptScore, List<RolloutAttempt>> byOutcome = new TreeMap<>(Comparator.reverseOrder());
        for (RolloutAttempt attempt : attempts) {
            if (!Objects.equals(seed, attempt.seed())) {
                throw new IllegalArgumentException(
                        "attempt " + attempt.attemptId() + " has seed " + attempt.seed() + ", not " + seed);
            }
            byOutcome
                    .computeIfAbsent(attempt.score(), outcome -> new ArrayList<>())
                    .add(attempt);
        }
        List<RankLevel> levels = new ArrayList<>();
        AttemptScore above = null;
        for (Map.Entry<AttemptScore, List<RolloutAttempt>> entry : byOutcome.entrySet()) {
            List<RolloutAttempt> tied = new ArrayList<>(entry.getValue());
            tied.sort(RolloutAttempt.ROLLOUT_ORDER);
            Optional<Margin> margin =
                    above == null ? Optional.empty() : Optional.of(Margin.between(above, entry.getKey()));
            levels.add(new RankLevel(levels.size() + 1, entry.getKey(), margin, tied));
            above = entry.getKey();
        }
        return new RolloutRanking(seed, levels);
    }

    /** Rankings keyed by seed, for callers that look a (task, seed) up. */
    public Map<Long, RolloutRanking> bySeed(List<RolloutAttempt> attempts) {
        Map<Long, RolloutRanking> bySeed = new LinkedHashMap<>();
        rank(attempts).forEach(ranking -> bySeed.put(ranking.seed(), ranking));
        return bySeed;
    }
}
