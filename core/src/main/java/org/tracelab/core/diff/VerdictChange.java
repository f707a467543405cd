package org.tracelab.core.diff;

/** How one instruction's verdict (strict or loose) moved from the left attempt to the right one. */
public enum VerdictChange {
    /** Failed on the left, followed on the right. */
    FIXED("fixed"),
    /** Followed on the left, failed on the right. */
    BROKEN("broken"),
    /** Followed on both sides. */
    UNCHANGED_PASS("unchanged pass"),
    /** Failed on both sides. */
    UNCHANGED_FAIL("unchanged fail");

    private final String label;

    VerdictChange(String label) {
        this.label = label;
    }

    /** A word or two for people, e.g. {@code unchanged pass}. */
    public String label() {
        return label;
    }

    public static VerdictChange of(boolean leftFollowed, boolean rightFollowed) {
        if (leftFollowed == rightFollowed) {
            return leftFollowed ? UNCHANGED_PASS : UNCHANGED_FAIL;
        }
        return rightFollowed ? FIXED : BROKEN;
    }
}
