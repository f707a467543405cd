package org.tracelab.core.trace;

/** A person's decision about a chain or a preference pair; {@code NONE} means undecided. */
public enum CurationState {
    INCLUDED,
    EXCLUDED,
    NONE;

    public String wireName() {
        return WireNames.of(this);
    }

    public static CurationState fromWireName(String wire) {
        return WireNames.parse(CurationState.class, wire);
    }
}
