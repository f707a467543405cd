package org.tracelab.app.ui.pairs;

/** The Pairs view's flag filter. */
public enum FlagChoice {
    ANY("Flagged or not", null),
    FLAGGED("Flagged only", true),
    UNFLAGGED("Unflagged only", false);

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
