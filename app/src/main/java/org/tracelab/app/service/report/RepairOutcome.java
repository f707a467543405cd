package org.tracelab.app.service.report;

import org.tracelab.core.trace.Strategy;

/**
 * How a finished chain of a repair mode ended, judged by its final attempt's strict verdict. A chain that never
 * passed counts as {@link #INFEASIBLE} when its task carries feasibility flags (the runner found it could not
 * be satisfied as asked, e.g. more words than max tokens allow), else as {@link #NOT_FIXED}.
 */
public enum RepairOutcome {
    PASSED_FIRST("passed at first attempt"),
    FIXED_BY_PATCH("fixed by patch"),
    FIXED_BY_REGENERATE("fixed by regenerate"),
    FIXED_BY_RETRY("fixed by retry"),
    FIXED_BY_RULE_FIX("fixed by rule fix"),
    /** Imported chains keep only their final text, so how they got there is unknown. */
    PASSED_IMPORTED("passed (imported, repairs not recorded)"),
    NOT_FIXED("not fixed"),
    INFEASIBLE("not fixed (infeasible task)");

    private final String label;

    RepairOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The outcome of a chain that passed with a final attempt made by {@code strategy}. */
    static RepairOutcome passedBy(Strategy strategy) {
        return switch (strategy) {
            case PATCH -> FIXED_BY_PATCH;
            case REGENERATE -> FIXED_BY_REGENERATE;
            case RETRY -> FIXED_BY_RETRY;
            case RULE_FIX -> FIXED_BY_RULE_FIX;
            case IMPORTED -> PASSED_IMPORTED;
            case DIRECT -> PASSED_FIRST;
        };
    }
}
