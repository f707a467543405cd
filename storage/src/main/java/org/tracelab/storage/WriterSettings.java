package org.tracelab.storage;

import java.time.Duration;

/**
 * When the writer commits on its own: after {@code batchSize} writes or once the oldest uncommitted write is
 * {@code maxDelay} old, whichever comes first. Bigger batches mean more throughput and more work lost in a
 * crash; the delay bounds how stale readers (the explorer) can be.
 */
public record WriterSettings(int batchSize, Duration maxDelay) {

    public static final WriterSettings DEFAULT = new WriterSettings(2_000, Duration.ofMillis(250));

    public WriterSettings {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be positive");
        }
        if (maxDelay.isNegative() || maxDelay.isZero()) {
            throw new IllegalArgumentException("max delay must be positive");
        }
    }
}
