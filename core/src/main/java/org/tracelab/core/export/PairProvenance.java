package org.tracelab.core.export;

import java.util.Objects;

/** How the miner found a DPO line's pair, kept in the manifest so pair quality can be audited. */
public record PairProvenance(PairOrigin origin, double scoreGap) {

    public PairProvenance {
        Objects.requireNonNull(origin, "origin");
    }
}
