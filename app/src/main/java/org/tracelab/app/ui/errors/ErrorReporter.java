package org.tracelab.app.ui.errors;

/** Where a failure caught in the UI goes: logged once, shown to the person. Call on the FX thread. */
public interface ErrorReporter {

    /**
     * @param summary what failed and what to do about it, in a sentence or two
     * @param cause   the failure, shown as expandable details
     */
    void report(String summary, Throwable cause);
}
