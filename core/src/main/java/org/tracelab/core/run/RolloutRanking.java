package org.tracelab.core.run;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The ranked attempts of one (task, seed): every fork's final attempt and, in repair modes, every attempt of the
 * chains, in ranks of equal verifier outcome, made by {@link RolloutRanker}. Immutable.
 */
public final class RolloutRanking {

    private final Long seed;
    private final List<RankLevel> levels;
    private final Map<Position, Integer> ranks = new HashMap<>();

    private record Position(long chainId, int index) {}

    /**
     * @param seed   the chain seed the attempts share; null for attempts of unknown seed
     * @param levels rank 1 first, each a strictly worse outcome than the one before
     */
    public RolloutRanking(Long seed, List<RankLevel> levels) {
        this.seed = seed;
        this.levels = List.copyOf(levels);
        for (int i = 0; i < this.levels.size(); i++) {
            RankLevel level = this.levels.get(i);
            if (level.rank() != i + 1
                    || i > 0 && !this.levels.get(i - 1).outcome().betterThan(level.outcome())) {
                throw new IllegalArgumentException(
                        "level " + i + " (rank " + level.rank() + ") does not follow a strictly better rank " + i);
            }
            level.attempts().forEach(a -> ranks.put(new Position(a.chainId(), a.index()), level.rank()));
        }
    }

    /** The chain seed the attempts share; null for attempts of unknown seed. */
    public Long seed() {
        return seed;
    }

    /** Rank 1 first. */
    public List<RankLevel> levels() {
        return levels;
    }

    /** Every attempt, best rank first and rollout order within a rank. */
    public List<RolloutAttempt> attempts() {
        return levels.stream().flatMap(level -> level.attempts().stream()).toList();
    }

    /** How many ranks there are: the worst rank. */
    public int depth() {
        return levels.size();
    }

    /** The rank of the attempt at {@code index} of chain {@code chainId}; empty when it was not ranked here. */
    public OptionalInt rankOf(long chainId, int index) {
        Integer rank = ranks.get(new Position(chainId, index));
        return rank == null ? OptionalInt.empty() : OptionalInt.of(rank);
    }

    public int rankOf(RolloutAttempt attempt) {
        return rankOf(attempt.chainId(), attempt.index())
                .orElseThrow(() -> new IllegalArgumentException(
                        "attempt " + attempt.attemptId() + " is not ranked in this (task, seed)"));
    }

    /** The margin of rank {@code better} over rank {@code worse}; {@code better} must be the smaller number. */
    public Margin margin(int better, int worse) {
        if (better < 1 || worse > levels.size() || better >= worse) {
            throw new IllegalArgumentException("no margin of rank " + better + " over rank " + worse);
        }
        return Margin.between(
                levels.get(better - 1).outcome(), levels.get(worse - 1).outcome());
    }

    @Override
    public String toString() {
        return "RolloutRanking[seed=" + seed + ", levels=" + levels + "]";
    }
}
