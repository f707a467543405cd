package org.tracelab.app.ui.explorer;

import org.tracelab.storage.StoredAttempt;

/** Opens "Compare with…" for an attempt of the open chain (the button and the {@code C} key); wired by the shell. */
@FunctionalInterface
public interface CompareWithOpener {

    CompareWithOpener NONE = (chain, attempt) -> {};

    /** Called on the FX thread with the chain already loaded; must not do I/O itself. */
    void open(ChainDetail chain, StoredAttempt attempt);
}
