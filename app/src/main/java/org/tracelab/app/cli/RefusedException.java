package org.tracelab.app.cli;

/**
 * A command refuses what it was asked, for a reason the user can fix (a resume with other settings): printed as
 * one line, exit code 2, nothing written. Unlike a {@code ParameterException} it brings no usage text along.
 */
final class RefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    RefusedException(String message) {
        super(message);
    }
}
