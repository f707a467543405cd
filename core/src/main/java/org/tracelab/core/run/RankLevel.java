package org.tracelab.core.run;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One rank of a {@link RolloutRanking}: every attempt with the same verifier outcome, tied.
 *
 * @param rank          1 for the best outcome, then 2, 3… with no gaps (dense ranking)
 * @param outcome       the outcome all its attempts share
 * @param belowPrevious the margin of the rank above over this one; empty for rank 1
 * @param attempts      the tied attempts, in {@link RolloutAttempt#ROLLOUT_ORDER}
 */
public record RankLevel(int rank, AttemptScore outcome, Optional<Margin> belowPrevious, List<RolloutAttempt> attempts) {

    public RankLevel {
        if (rank < 1) {
            throw new IllegalArgumentException("ranks start at 1, got " + rank);
        }
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(belowPrevious, "belowPrevious");
        if (belowPrevious.isPresent() == (rank == 1)) {
            throw new IllegalArgumentException("every rank but the first has a margin to the one above");
        }
        attempts = List.copyOf(attempts);
        if (attempts.isEmpty()) {
            throw new IllegalArgumentException("a rank holds at least one attempt");
        }
    }
}
