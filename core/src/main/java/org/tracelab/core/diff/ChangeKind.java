package org.tracelab.core.diff;

/** What happened to a span of text between the left (older) and the right (newer) side. */
public enum ChangeKind {
    /** Only on the left: the right side has nothing in its place. */
    DELETED,
    /** Only on the right: the left side has nothing in its place. */
    INSERTED,
    /** Replaced: each side has its own text in this place. */
    CHANGED
}
