package org.tracelab.core.diff;

/** A change as token index ranges: left tokens {@code [leftStart, leftEnd)} became right tokens {@code [rightStart, rightEnd)}. */
record TokenChange(int leftStart, int leftEnd, int rightStart, int rightEnd) {}
