package org.tracelab.app.service.report;

/** Runs that cannot be reported as one experiment, or a group that does not exist; the message says why. */
public final class RunGroupException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public RunGroupException(String message) {
        super(message);
    }
}
