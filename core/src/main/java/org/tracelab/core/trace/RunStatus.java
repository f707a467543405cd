package org.tracelab.core.trace;

/** Where a run is in its life; a run that is not {@code running} is never written to again. */
public enum RunStatus {
    RUNNING,
    FINISHED,
    CANCELLED,
    FAILED;

    public String wireName() {
        return WireNames.of(this);
    }

    public static RunStatus fromWireName(String wire) {
        return WireNames.parse(RunStatus.class, wire);
    }
}
