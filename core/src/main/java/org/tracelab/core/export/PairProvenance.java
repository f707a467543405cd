package org.tracelab.core.export;

import java.util.Objects;

/**
 * How the miner found a DPO line's pair, kept in the manifest so pair quality can be audited.
 *
 * @param scoreGap instructions followed strictly by the chosen attempt minus by the rejected one
 * @param ranking  both attempts' ranks in their (task, seed) and the margin between them
 */
public record PairProvenance(PairOrigin origin, double scoreGap, PairRanking ranking) {

    public PairProvenance {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(ranking, "ranking");
    }
}
