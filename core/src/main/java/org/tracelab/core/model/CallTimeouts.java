package org.tracelab.core.model;

import java.time.Duration;
import java.util.Objects;

/**
 * How long one call to a server may take, in three bounds that fit the work:
 * <ul>
 *   <li>{@code connect}: opening the connection (a dead port fails at once; a black-holed host within this);</li>
 *   <li>{@code idle}: no byte for this long ends the call. On a streamed call it counts from sending the request,
 *       so a server that accepts and never answers, or sends headers and stops, costs at most this; a
 *       non-streamed answer arrives whole only at the end of generation, so there it counts from the headers;</li>
 *   <li>the per-call limit: from sending to the last byte. {@code perCall} when set, else derived from the
 *       request's {@code max_tokens}: {@link #BASE_LIMIT} plus {@link #PER_TOKEN} per token (a slow CPU run at
 *       two tokens a second still finishes), {@link #LIMIT_WITHOUT_MAX_TOKENS} when the request sets none.</li>
 * </ul>
 *
 * @param connect TCP connect timeout
 * @param idle    longest silence within a call
 * @param perCall fixed per-call limit, or null to derive it from {@code max_tokens}
 */
public record CallTimeouts(Duration connect, Duration idle, Duration perCall) {

    public static final Duration DEFAULT_CONNECT = Duration.ofSeconds(5);
    /** Long enough for a CPU server to read a long repair prompt before its first token. */
    public static final Duration DEFAULT_IDLE = Duration.ofSeconds(120);

    public static final Duration BASE_LIMIT = Duration.ofSeconds(60);
    public static final Duration PER_TOKEN = Duration.ofMillis(500);
    public static final Duration LIMIT_WITHOUT_MAX_TOKENS = Duration.ofMinutes(10);

    public CallTimeouts {
        requirePositive(connect, "connect timeout");
        requirePositive(idle, "idle timeout");
        if (perCall != null) {
            requirePositive(perCall, "per-call limit");
        }
    }

    /** 5 s to connect, 120 s of silence, the per-call limit derived from {@code max_tokens}. */
    public static CallTimeouts defaults() {
        return new CallTimeouts(DEFAULT_CONNECT, DEFAULT_IDLE, null);
    }

    public CallTimeouts withIdle(Duration value) {
        return new CallTimeouts(connect, value, perCall);
    }

    /** A fixed per-call limit; null derives it from {@code max_tokens} again. */
    public CallTimeouts withPerCall(Duration value) {
        return new CallTimeouts(connect, idle, value);
    }

    /** The limit of one call asking for at most {@code maxTokens} tokens (null: no limit was asked for). */
    public Duration limitFor(Integer maxTokens) {
        if (perCall != null) {
            return perCall;
        }
        if (maxTokens == null) {
            return LIMIT_WITHOUT_MAX_TOKENS;
        }
        return BASE_LIMIT.plus(PER_TOKEN.multipliedBy(maxTokens));
    }

    private static void requirePositive(Duration value, String what) {
        Objects.requireNonNull(value, what);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(what + " must be positive, was " + value);
        }
    }
}
