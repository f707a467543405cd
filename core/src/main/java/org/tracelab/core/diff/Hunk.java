package org.tracelab.core.diff;

/**
 * A region that corresponds on both sides: {@code [leftStart, leftEnd)} of the left text and
 * {@code [rightStart, rightEnd)} of the right text. Equal hunks hold the same text on both sides; a changed
 * hunk holds what differs (one side may be empty). Consecutive hunks cover both texts without gaps.
 */
public record Hunk(int leftStart, int leftEnd, int rightStart, int rightEnd, boolean changed) {

    public Hunk {
        if (leftStart < 0 || leftEnd < leftStart || rightStart < 0 || rightEnd < rightStart) {
            throw new IllegalArgumentException(
                    "bad hunk [" + leftStart + ", " + leftEnd + ") / [" + rightStart + ", " + rightEnd + ")");
        }
    }

    public int leftLength() {
        return leftEnd - leftStart;
    }

    public int rightLength() {
        return rightEnd - rightStart;
    }
}
