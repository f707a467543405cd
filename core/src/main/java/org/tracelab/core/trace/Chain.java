package org.tracelab.core.trace;

import java.util.Objects;

/**
 * A stored chain. The final fields are null while the chain is open.
 *
 * @param finalAttemptIndex index of the attempt whose verdicts count
 * @param finalStrict       the final attempt follows every instruction strictly
 * @param finalLoose        the final attempt follows every instruction loosely
 */
public record Chain(
        long id, ChainKey key, ChainStatus status, Integer finalAttemptIndex, Boolean finalStrict, Boolean finalLoose) {

    public Chain {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(status, "status");
    }
}
