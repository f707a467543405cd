package org.tracelab.storage;

import java.time.Duration;

/**
 * When the writer commits on its own: after {@code batchSize} writes or once the oldest uncommitted write is
 * {@code maxDelay} old, whichever comes first. Bigger batches mean more throughput and more work lost in a
 * crash; the delay bounds how stale readers (the explorer) can be, and how long another process writing to the
 * same store waits for the write lock. {@code lockWait} is how long a write waits for another process's write
 * transaction before it fails with one line saying so.
 */
public record WriterSettings(int batchSize, Duration maxDelay, Duration lockWait) {

    /** A minute: far longer than any batch of ours holds the lock, short enough to tell a stuck process. */
    public static final Duration DEFAULT_LOCK_WAIT = Duration.ofSeconds(60);

    public static final WriterSettings DEFAULT = new WriterSettings(2_000, Duration.ofMillis(250));

    public WriterSettings {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be positive");
        }
        if (maxDelay.isNegative() || maxDelay.isZero()) {
            throw new IllegalArgumentException("max delay must be positive");
        }
        if (lockWait.isNegative()) {
            throw new IllegalArgumentException("the lock wait must not be negative");
        }
    }

    /** With the default lock wait. */
    public WriterSettings(int batchSize, Duration maxDelay) {
        this(batchSize, maxDelay, DEFAULT_LOCK_WAIT);
    }
}
