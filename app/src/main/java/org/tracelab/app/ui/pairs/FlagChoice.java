package org.tracelab.app.ui.pairs;

/** The Pairs view's flag filter: quality flags only, provenance flags never count as flagged. */
public enum FlagChoice {
    ANY("Quality-flagged or not", null),
    FLAGGED("With quality flags", true),
    UNFLAGGED("Without quality flags", false);

    private final String label;
    private final Boolean flagged;

    FlagChoice(String label, Boolean flagged) {
        this.label = label;
        this.flagged = flagged;
    }

    /** What {@link org.tracelab.app.service.pairs.PairFilter} takes: null for any. */
    Boolean flagged() {
        return flagged;
    }

    @Override
    public String toString() {
        return label;
    }
}
