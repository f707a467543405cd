package org.tracelab.core.model;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A response body read as it arrives: each chunk moves {@code lastByte} on (the caller's idle timeout watches
 * it), and a body larger than {@code maxBytes} is abandoned instead of filling the heap.
 */
final class BoundedBody implements HttpResponse.BodySubscriber<byte[]> {

    /** The body went past the limit; the client turns this into a malformed-answer fault. */
    static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        TooLarge(long maxBytes) {
            super("the answer is larger than " + (maxBytes >> 20) + " MiB");
        }
    }

    private final long maxBytes;
    private final AtomicLong lastByte;
    private final CompletableFuture<byte[]> body = new CompletableFuture<>();
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private Flow.Subscription subscription;

    BoundedBody(long maxBytes, AtomicLong lastByte) {
        this.maxBytes = maxBytes;
        this.lastByte = lastByte;
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return body;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        s.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
        lastByte.set(System.nanoTime());
        if (body.isDone()) {
            return;
        }
        for (ByteBuffer item : items) {
            int length = item.remaining();
            if (bytes.size() + (long) length > maxBytes) {
                subscription.cancel();
                body.completeExceptionally(new TooLarge(maxBytes));
                return;
            }
            if (item.hasArray()) {
                bytes.write(item.array(), item.arrayOffset() + item.position(), length);
                item.position(item.limit());
            } else {
                byte[] copy = new byte[length];
                item.get(copy);
                bytes.write(copy, 0, length);
            }
        }
    }

    @Override
    public void onError(Throwable failure) {
        body.completeExceptionally(failure);
    }

    @Override
    public void onComplete() {
        body.complete(bytes.toByteArray());
    }
}
