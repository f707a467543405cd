package org.tracelab.core.export;

/** An export that cannot be done as asked; the message says why in terms a user can act on. Nothing was left behind. */
public class ExportException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ExportException(String message) {
        super(message);
    }

    public ExportException(String message, Throwable cause) {
        super(message, cause);
    }
}
