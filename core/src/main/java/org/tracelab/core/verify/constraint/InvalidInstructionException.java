package org.tracelab.core.verify.constraint;

/** An instruction id or argument the verifier cannot use; {@code field} names the offending kwarg or id. */
public final class InvalidInstructionException extends Exception {

    private static final long serialVersionUID = 1L;
    private final String field;

    public InvalidInstructionException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
