package org.tracelab.core.model;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Spreads calls round-robin over several endpoints serving the same model (a fleet of llama-server or vLLM
 * instances). An endpoint that fails with an endpoint-level error (connection, timeout, 5xx, loading, 429) is
 * taken out of rotation for a cool-down and the call moves on to the next one; when the cool-down has passed
 * it is tried again. Request-level errors (bad request, auth, unknown model, cancellation) are passed on at once,
 * since another endpoint would answer the same.
 */
public final class EndpointPool implements ChatModel {

    private static final Logger LOG = LoggerFactory.getLogger(EndpointPool.class);

    private static final Set<ModelException.Kind> ENDPOINT_FAILURES = EnumSet.of(
            ModelException.Kind.CONNECTION,
            ModelException.Kind.TIMEOUT,
            ModelException.Kind.SERVER_ERROR,
            ModelException.Kind.MODEL_LOADING,
            ModelException.Kind.RATE_LIMITED);

    private final List<ChatModel> endpoints;
    private final Instant[] coolingUntil;
    private final Duration coolDown;
    private final Clock clock;
    private int next;

    public EndpointPool(List<? extends ChatModel> endpoints, Duration coolDown, Clock clock) {
        if (endpoints.isEmpty()) {
            throw new IllegalArgumentException("an endpoint pool needs at least one endpoint");
        }
        this.endpoints = List.copyOf(endpoints);
        this.coolingUntil = new Instant[this.endpoints.size()];
        this.coolDown = Objects.requireNonNull(coolDown, "coolDown");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public EndpointPool(List<? extends ChatModel> endpoints) {
        this(endpoints, Duration.ofSeconds(30), Clock.systemUTC());
    }

    @Override
    public ChatResult chat(ChatRequest request) throws ModelException {
        ModelException last = null;
        for (int tried = 0; tried < endpoints.size(); tried++) {
            int index = pick();
            try {
                ChatResult result = endpoints.get(index).chat(request);
                markHealthy(index);
                return result;
            } catch (ModelException failure) {
                if (!ENDPOINT_FAILURES.contains(failure.kind())) {
                    throw failure;
                }
                markFailed(index, failure);
                last = failure;
            }
        }
        throw last;
    }

    /** How many endpoints are currently in rotation. */
    public synchronized int available() {
        Instant now = clock.instant();
        int count = 0;
        for (Instant until : coolingUntil) {
            if (until == null || !until.isAfter(now)) {
                count++;
            }
        }
        return count;
    }

    /** The next endpoint in rotation; when all are cooling down, the one whose cool-down ends first. */
    private synchronized int pick() {
        Instant now = clock.instant();
        int size = endpoints.size();
        for (int step = 0; step < size; step++) {
            int candidate = (next + step) % size;
            Instant until = coolingUntil[candidate];
            if (until == null || !until.isAfter(now)) {
                next = (candidate + 1) % size;
                return candidate;
            }
        }
        int soonest = 0;
        for (int candidate = 1; candidate < size; candidate++) {
            if (coolingUntil[candidate].isBefore(coolingUntil[soonest])) {
                soonest = candidate;
            }
        }
        next = (soonest + 1) % size;
        return soonest;
    }

    private synchronized void markHealthy(int index) {
        coolingUntil[index] = null;
    }

    private synchronized void markFailed(int index, ModelException failure) {
        coolingUntil[index] = clock.instant().plus(coolDown);
        LOG.warn(
                "endpoint {} out of rotation for {} s after {}: {}",
                endpoints.get(index).source(),
                coolDown.toSeconds(),
                failure.kind(),
                failure.getMessage());
    }

    @Override
    public ModelCapabilities capabilities() {
        ModelCapabilities all = endpoints.get(0).capabilities();
        for (ChatModel endpoint : endpoints) {
            all = all.and(endpoint.capabilities());
        }
        return all;
    }

    @Override
    public ModelSource source() {
        List<ModelSource> sources = new ArrayList<>();
        for (ChatModel endpoint : endpoints) {
            sources.add(endpoint.source());
        }
        return new ModelSource.EndpointFleet(sources);
    }

    /** The smallest context any endpoint reports, so a call fits wherever it lands; empty when one is unknown. */
    @Override
    public java.util.OptionalInt contextTokens() {
        int smallest = Integer.MAX_VALUE;
        for (ChatModel endpoint : endpoints) {
            java.util.OptionalInt context = endpoint.contextTokens();
            if (context.isEmpty()) {
                return java.util.OptionalInt.empty();
            }
            smallest = Math.min(smallest, context.getAsInt());
        }
        return java.util.OptionalInt.of(smallest);
    }

    @Override
    public String toString() {
        return "EndpointPool" + endpoints;
    }
}
