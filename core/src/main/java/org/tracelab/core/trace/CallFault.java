package org.tracelab.core.trace;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A model call lost to a transport fault (the server refused, reset, stalled, failed or sent something that is
 * not an answer), after the client's own retries. It is kept for the record but is not an attempt of any
 * chain: it has no attempt index, consumed no seed and is in no rate; the chain it was made for stays
 * unfinished and a resume asks the same question again.
 *
 * @param runId          the run
 * @param datasetKey     the task's key
 * @param mode           the mode of the chain the call was made for; null for a rollout group's shared first
 *                       call, which belongs to every mode's chain
 * @param seed           the chain seed
 * @param fork           the fork index
 * @param attemptIndex   the index the attempt would have had in its chain
 * @param strategy       what the call was for
 * @param endpoint       the server that failed, as a key-free base URL; null when unknown
 * @param kind           the failure, e.g. {@code connection}, {@code timeout}, {@code server_error}
 * @param message        one line saying what happened
 * @param startedAt      when the call was made, to the millisecond
 * @param latencyMs      how long it took to fail, retries included
 */
public record CallFault(
        long runId,
        String datasetKey,
        String mode,
        Long seed,
        int fork,
        int attemptIndex,
        Strategy strategy,
        String endpoint,
        String kind,
        String message,
        Instant startedAt,
        long latencyMs) {

    public CallFault {
        Objects.requireNonNull(datasetKey, "datasetKey");
        Objects.requireNonNull(strategy, "strategy");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
        startedAt = Objects.requireNonNull(startedAt, "startedAt").truncatedTo(ChronoUnit.MILLIS);
        if (fork < 0 || attemptIndex < 0 || latencyMs < 0) {
            throw new IllegalArgumentException("negative fork, attempt index or latency");
        }
    }
}
