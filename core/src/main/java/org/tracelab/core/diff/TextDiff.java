package org.tracelab.core.diff;

import java.util.List;

/**
 * The word-level differences between a left and a right text.
 *
 * @param left   the left text's deleted and changed spans, in order, not overlapping
 * @param right  the right text's inserted and changed spans, in order, not overlapping
 * @param hunks  equal and changed regions in order, covering both texts from start to end
 * @param coarse true when a region was too large to compare word by word and is marked changed as a whole
 */
public record TextDiff(List<ChangedSpan> left, List<ChangedSpan> right, List<Hunk> hunks, boolean coarse) {

    public TextDiff {
        left = List.copyOf(left);
        right = List.copyOf(right);
        hunks = List.copyOf(hunks);
    }

    /** Both texts are the same. */
    public boolean identical() {
        return hunks.stream().noneMatch(Hunk::changed);
    }

    /** How many places differ. */
    public int changeCount() {
        return (int) hunks.stream().filter(Hunk::changed).count();
    }

    /** The changed hunks, in order. */
    public List<Hunk> changes() {
        return hunks.stream().filter(Hunk::changed).toList();
    }

    /**
     * The right-text offset that corresponds to {@code leftOffset}: the same character within an equal hunk, the
     * same proportion of the way through a changed one.
     */
    public int rightOffsetOf(int leftOffset) {
        for (Hunk hunk : hunks) {
            if (leftOffset < hunk.leftEnd() || hunk == hunks.get(hunks.size() - 1)) {
                return hunk.rightStart() + scaled(leftOffset - hunk.leftStart(), hunk.leftLength(), hunk.rightLength());
            }
        }
        return 0;
    }

    /** The left-text offset that corresponds to {@code rightOffset}; see {@link #rightOffsetOf(int)}. */
    public int leftOffsetOf(int rightOffset) {
        for (Hunk hunk : hunks) {
            if (rightOffset < hunk.rightEnd() || hunk == hunks.get(hunks.size() - 1)) {
                return hunk.leftStart()
                        + scaled(rightOffset - hunk.rightStart(), hunk.rightLength(), hunk.leftLength());
            }
        }
        return 0;
    }

    private static int scaled(int offset, int from, int to) {
        int clamped = Math.max(0, Math.min(offset, from));
        return from == 0 ? 0 : (int) ((long) clamped * to / from);
    }
}
