package org.tracelab.core.verify.declarative;

/**
 * A text that a user-written regex runs over, counting how often the engine reads a character and giving up
 * past a fixed budget. A pattern with catastrophic backtracking then fails its check with an explanation
 * instead of holding a verification for minutes. The budget counts steps, not time, so the verdict is the same
 * on every machine.
 */
final class StepBudget implements CharSequence {

    /** Character reads allowed for one pattern on one text: far beyond what a sane pattern needs. */
    static final long MAX_STEPS = 10_000_000L;

    /** Thrown when the budget is spent. */
    static final class ExhaustedException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        ExhaustedException() {
            super("pattern needed more than " + MAX_STEPS + " steps", null, false, false);
        }
    }

    private final String text;
    private final int offset;
    private final int length;
    private final long[] steps;

    StepBudget(String text) {
        this(text, 0, text.length(), new long[1]);
    }

    private StepBudget(String text, int offset, int length, long[] steps) {
        this.text = text;
        this.offset = offset;
        this.length = length;
        this.steps = steps;
    }

    @Override
    public int length() {
        return length;
    }

    @Override
    public char charAt(int index) {
        if (++steps[0] > MAX_STEPS) {
            throw new ExhaustedException();
        }
        return text.charAt(offset + index);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return new StepBudget(text, offset + start, end - start, steps);
    }

    @Override
    public String toString() {
        return text.substring(offset, offset + length);
    }
}
