package org.tracelab.core.trace;

import java.util.Objects;

/** Why a model call failed, e.g. kind {@code timeout} or {@code http_500}. */
public record AttemptError(String kind, String message) {

    public AttemptError {
        Objects.requireNonNull(kind, "kind");
    }
}
