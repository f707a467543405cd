package org.tracelab.core.run;

import java.util.Objects;

/**
 * A DPO pair proposed for curation: {@code chosen} is preferred to {@code rejected}, both of one (task, seed).
 *
 * @param chosenRank   the chosen attempt's rank in its (task, seed): always 1
 * @param rejectedRank the rejected attempt's rank, strictly greater
 * @param margin       how far the chosen outcome is above the rejected one
 */
public record PairCandidate(
        RolloutAttempt chosen, RolloutAttempt rejected, Kind kind, int chosenRank, int rejectedRank, Margin margin) {

    /** Where the pair comes from, in order of preference. */
    public enum Kind {
        /** A failing attempt and the attempt of the same chain that fixed it. */
        REPAIR,
        /** Attempts of different chains of the (task, seed). */
        CROSS_CHAIN,
        /** Other attempts of one chain (the fix is not a direct repair of the failing one). */
        SAME_CHAIN
    }

    public PairCandidate {
        Objects.requireNonNull(chosen, "chosen");
        Objects.requireNonNull(rejected, "rejected");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(margin, "margin");
        if (chosenRank >= rejectedRank) {
            throw new IllegalArgumentException("the rejected attempt must rank strictly below the chosen one ("
                    + chosenRank + " vs " + rejectedRank + ")");
        }
    }

    /** Instructions followed strictly by the chosen attempt minus by the rejected one (the manifest's score_gap). */
    public int strictGap() {
        return chosen.score().strictPassed() - rejected.score().strictPassed();
    }
}
