package org.tracelab.core.trace;

/**
 * Where a run is in its life; a run that is not {@code running} is never written to again (except by a resume,
 * which sets it {@code running} first).
 */
public enum RunStatus {
    RUNNING,
    FINISHED,
    CANCELLED,
    FAILED,
    /**
     * Transport faults (a server down, stalled, resetting or failing) left chains unfinished: they are not
     * counted in any rate, and a resume redoes exactly those chains.
     */
    INTERRUPTED;

    public String wireName() {
        return WireNames.of(this);
    }

    public static RunStatus fromWireName(String wire) {
        return WireNames.parse(RunStatus.class, wire);
    }

    /** A run a resume can continue: it stopped before every chain was finished. */
    public boolean resumable() {
        return this == CANCELLED || this == FAILED || this == INTERRUPTED;
    }
}
