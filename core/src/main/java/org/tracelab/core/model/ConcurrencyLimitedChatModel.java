package org.tracelab.core.model;

import java.util.Objects;
import java.util.concurrent.Semaphore;

/** Lets at most a fixed number of calls reach the delegate at once: the per-run {@code --concurrency} limit. */
public final class ConcurrencyLimitedChatModel implements ChatModel {

    private final ChatModel delegate;
    private final Semaphore permits;
    private final int limit;

    public ConcurrencyLimitedChatModel(ChatModel delegate, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("the concurrency limit must be at least 1, was " + limit);
        }
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.permits = new Semaphore(limit, true);
        this.limit = limit;
    }

    @Override
    public ChatResult chat(ChatRequest request) throws ModelException {
        try {
            permits.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ModelException(ModelException.Kind.CANCELLED, "cancelled while waiting for a free slot");
        }
        try {
            return delegate.chat(request);
        } finally {
            permits.release();
        }
    }

    public int limit() {
        return limit;
    }

    @Override
    public ModelCapabilities capabilities() {
        return delegate.capabilities();
    }

    @Override
    public ModelSource source() {
        return delegate.source();
    }

    @Override
    public java.util.OptionalInt contextTokens() {
        return delegate.contextTokens();
    }

    @Override
    public String toString() {
        return "ConcurrencyLimitedChatModel[limit=" + limit + ", " + delegate + "]";
    }
}
