package org.tracelab.core.verify.text;

/** A half-open character range {@code [start, end)} of a response: the evidence a verdict points at. */
public record Span(int start, int end) {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }

    public Span shift(int offset) {
        return new Span(start + offset, end + offset);
    }

    public String of(CharSequence text) {
        return text.subSequence(start, end).toString();
    }
}
