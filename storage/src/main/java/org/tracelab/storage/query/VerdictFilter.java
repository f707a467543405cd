package org.tracelab.storage.query;

import java.util.Objects;

/**
 * Keeps chains whose final verdict has the given outcome, e.g. {@code new VerdictFilter(STRICT, false)} for
 * chains that fail strictly. Open chains (no final attempt) never match.
 */
public record VerdictFilter(VerdictLevel level, boolean pass) {

    public VerdictFilter {
        Objects.requireNonNull(level, "level");
    }
}
