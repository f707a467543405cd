package org.tracelab.storage.query;

/** Which verdict a {@link VerdictFilter} looks at; {@code BOTH} asks strict and loose to agree on the outcome. */
public enum VerdictLevel {
    STRICT,
    LOOSE,
    BOTH
}
