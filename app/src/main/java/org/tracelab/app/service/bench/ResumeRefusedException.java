package org.tracelab.app.service.bench;

/**
 * A benchmark cannot continue the run it names: there is no such run, it records no plan (an import), or the
 * request's plan or prompts file differ from the ones it was started with. The message says which, for a person.
 */
public final class ResumeRefusedException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public ResumeRefusedException(String message) {
        super(message);
    }
}
