package org.tracelab.app.ui.diff;

import java.util.List;
import org.tracelab.storage.StoredAttempt;

/** Shows a diff of attempts of any chains (Compare's rows, "Compare with…"); the shell decides how (a window). */
@FunctionalInterface
public interface DiffTarget {

    DiffTarget NONE = (chains, left, right) -> {};

    /**
     * Called on the FX thread with everything loaded; must not do I/O itself.
     *
     * @param chains the chains whose attempts the diff offers; {@code left} and {@code right} are among them
     */
    void open(List<DiffChain> chains, StoredAttempt left, StoredAttempt right);
}
