package org.tracelab.core.trace;

/** A chain is {@code open} while attempts are appended and {@code finished} once its final attempt is chosen. */
public enum ChainStatus {
    OPEN,
    FINISHED;

    public String wireName() {
        return WireNames.of(this);
    }

    public static ChainStatus fromWireName(String wire) {
        return WireNames.parse(ChainStatus.class, wire);
    }
}
