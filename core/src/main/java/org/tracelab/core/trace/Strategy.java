package org.tracelab.core.trace;

/** How an attempt came about. */
public enum Strategy {
    /** The first answer to the task prompt. */
    DIRECT,
    /** The same request sent again. */
    RETRY,
    /** The model was asked to fix its previous output. */
    PATCH,
    /** A fresh answer after feedback on the previous one. */
    REGENERATE,
    /** A deterministic rewrite of the previous output, no model call. */
    RULE_FIX,
    /** Read from another tool's trace. */
    IMPORTED;

    public String wireName() {
        return WireNames.of(this);
    }

    public static Strategy fromWireName(String wire) {
        return WireNames.parse(Strategy.class, wire);
    }
}
