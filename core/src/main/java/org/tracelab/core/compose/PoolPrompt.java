package org.tracelab.core.compose;

import java.util.Objects;

/**
 * One base prompt of a pool.
 *
 * @param line the 1-based line of the pool file it was read from
 * @param text the prompt as written
 */
public record PoolPrompt(long line, String text) {

    public PoolPrompt {
        Objects.requireNonNull(text, "text");
    }
}
