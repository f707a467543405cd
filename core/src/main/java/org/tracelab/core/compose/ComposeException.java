package org.tracelab.core.compose;

/** Options the composer cannot honour: an unknown id, or too few compatible types for the tasks asked. */
public final class ComposeException extends Exception {

    private static final long serialVersionUID = 1L;

    public ComposeException(String message) {
        super(message);
    }
}
