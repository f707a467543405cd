package org.tracelab.core.model;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * How often and how long to wait before trying a failed call again: exponential backoff with "equal jitter"
 * (half fixed, half random) so that many workers hitting the same overloaded server spread out, and the
 * server's {@code Retry-After} honoured when it sent one (capped, so a bogus value cannot stall a run).
 *
 * @param maxRetries     retries after the first attempt; 0 disables retrying
 * @param initialBackoff backoff before the first retry, before jitter
 * @param maxBackoff     upper bound of the exponential backoff
 * @param maxRetryAfter  upper bound applied to a server's {@code Retry-After}
 */
public record RetryPolicy(int maxRetries, Duration initialBackoff, Duration maxBackoff, Duration maxRetryAfter) {

    public RetryPolicy {
        if (maxRetries < 0) {
            throw new IllegalArgumentException("maxRetries must not be negative");
        }
        Objects.requireNonNull(initialBackoff, "initialBackoff");
        Objects.requireNonNull(maxBackoff, "maxBackoff");
        Objects.requireNonNull(maxRetryAfter, "maxRetryAfter");
    }

    public static RetryPolicy defaults() {
        return new RetryPolicy(3, Duration.ofMillis(500), Duration.ofSeconds(20), Duration.ofSeconds(60));
    }

    public static RetryPolicy none() {
        return new RetryPolicy(0, Duration.ZERO, Duration.ZERO, Duration.ZERO);
    }

    /** True when the attempt numbered {@code attempt} (0 = first) may be followed by another. */
    public boolean allowsRetryAfter(int attempt, ModelException failure) {
        return failure.retryable() && attempt < maxRetries;
    }

    /** The wait before retry number {@code retry} (1 = first retry). */
    public Duration delayBeforeRetry(int retry, Optional<Duration> retryAfter, RandomGenerator random) {
        if (retryAfter.isPresent()) {
            Duration wanted = retryAfter.get();
            return wanted.compareTo(maxRetryAfter) > 0 ? maxRetryAfter : wanted;
        }
        long initial = initialBackoff.toMillis();
        long cap = maxBackoff.toMillis();
        long exponential = initial << Math.min(retry - 1, 30);
        long base = Math.min(cap, exponential < 0 ? cap : exponential);
        long half = base / 2;
        long jitter = half + (base - half > 0 ? random.nextLong(base - half + 1) : 0);
        return Duration.ofMillis(jitter);
    }
}
