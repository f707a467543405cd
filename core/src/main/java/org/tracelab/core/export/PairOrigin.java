package org.tracelab.core.export;

/** How the pair miner found a preference pair. */
public enum PairOrigin {
    /** A failing attempt and the attempt that fixed it within one chain. */
    REPAIR("repair"),
    /** A passing and a failing attempt of the same task from different chains. */
    CROSS_CHAIN("cross_chain"),
    /** Two attempts of one chain where the passing one is not the direct repair of the failing one. */
    SAME_CHAIN("same_chain");

    private final String id;

    PairOrigin(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
