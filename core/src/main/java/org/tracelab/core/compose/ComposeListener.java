package org.tracelab.core.compose;

/**
 * Composer progress, called on the composing thread after each task. An exception thrown here stops the
 * composition and reaches the caller, which is how a UI job cancels it.
 */
@FunctionalInterface
public interface ComposeListener {

    ComposeListener NONE = (done, total) -> {};

    /** {@code done} of {@code total} pool prompts have their task. */
    void composed(int done, int total);
}
