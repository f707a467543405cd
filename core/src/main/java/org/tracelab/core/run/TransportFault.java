package org.tracelab.core.run;

import java.time.Instant;
import java.util.Objects;
import org.tracelab.core.model.ModelException;
import org.tracelab.core.trace.Strategy;

/**
 * A call lost to a transport fault ({@link ModelException.Kind#transportFault()}), unwinding the chain it was
 * made for: that chain stays unfinished and its group stops, so nothing about the model is concluded from it.
 * The group runner records it as a {@link org.tracelab.core.trace.CallFault}.
 */
final class TransportFault extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient ModelException failure;
    private final int attemptIndex;
    private final transient Strategy strategy;
    private final transient Instant startedAt;
    private final long latencyMs;

    TransportFault(ModelException failure, int attemptIndex, Strategy strategy, Instant startedAt, long latencyMs) {
        super(failure.getMessage(), failure);
        this.failure = Objects.requireNonNull(failure, "failure");
        this.attemptIndex = attemptIndex;
        this.strategy = Objects.requireNonNull(strategy, "strategy");
        this.startedAt = Objects.requireNonNull(startedAt, "startedAt");
        this.latencyMs = latencyMs;
    }

    ModelException failure() {
        return failure;
    }

    int attemptIndex() {
        return attemptIndex;
    }

    Strategy strategy() {
        return strategy;
    }

    Instant startedAt() {
        return startedAt;
    }

    long latencyMs() {
        return latencyMs;
    }
}
