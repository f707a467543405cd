package org.tracelab.core.run;

/** Unwinds a worker when the job is cancelled; the chain in progress is left unfinished on purpose. */
final class JobCancelledException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    JobCancelledException() {
        super("benchmark job cancelled", null, false, false);
    }
}
