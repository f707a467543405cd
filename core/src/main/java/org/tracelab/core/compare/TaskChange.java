package org.tracelab.core.compare;

/** How a task's verdict goes from side A to side B. */
public enum TaskChange {
    /** Failed on A, passes on B. */
    FIXED,
    /** Passed on A, fails on B. */
    BROKEN,
    STABLE_PASS,
    STABLE_FAIL;

    public static TaskChange of(boolean a, boolean b) {
        if (a) {
            return b ? STABLE_PASS : BROKEN;
        }
        return b ? FIXED : STABLE_FAIL;
    }

    /** Whether the verdict flipped. */
    public boolean isFlip() {
        return this == FIXED || this == BROKEN;
    }

    /** The command line's and JSON's name: {@code fixed}, {@code stable_pass}... */
    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
