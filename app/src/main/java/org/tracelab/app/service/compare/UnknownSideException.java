package org.tracelab.app.service.compare;

/** A side names a run the store does not have, or a mode that run did not run; the message says which. */
public final class UnknownSideException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public UnknownSideException(String message) {
        super(message);
    }
}
