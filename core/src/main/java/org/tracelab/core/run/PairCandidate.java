package org.tracelab.core.run;

import java.util.Objects;

/** A DPO pair proposed for curation: {@code chosen} is preferred to {@code rejected}. */
public record PairCandidate(PairableAttempt chosen, PairableAttempt rejected, Kind kind) {

    /** Where the pair comes from, in order of preference. */
    public enum Kind {
        /** A failing attempt and the attempt of the same chain that fixed it. */
        REPAIR,
        /** Attempts of different chains of the task. */
        CROSS_CHAIN,
        /** Other attempts of one chain (the fix is not a direct repair of the failing one). */
        SAME_CHAIN
    }

    public PairCandidate {
        Objects.requireNonNull(chosen, "chosen");
        Objects.requireNonNull(rejected, "rejected");
        Objects.requireNonNull(kind, "kind");
    }
}
