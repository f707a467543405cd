package org.tracelab.storage;

/** Anything that went wrong inside the trace store: the one exception type its API throws. Unchecked. */
public final class StoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
