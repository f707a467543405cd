package org.tracelab.core.diff;

/** Asked now and then during a long comparison; when it answers true the comparison stops. */
@FunctionalInterface
public interface Cancellation {

    Cancellation NEVER = () -> false;

    boolean requested();
}
