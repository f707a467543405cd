package org.tracelab.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class ConcurrencyLimitedChatModelTest {

    private static final ChatRequest REQUEST = ChatRequest.of("m", List.of(ChatMessage.user("hi")));

    /** Blocks every call until released, counting how many are inside at once. */
    private static final class GatedModel implements ChatModel {
        final CountDownLatch release = new CountDownLatch(1);
        final CountDownLatch twoInside = new CountDownLatch(2);
        final AtomicInteger inside = new AtomicInteger();
        final AtomicInteger maxInside = new AtomicInteger();

        @Override
        public ChatResult chat(ChatRequest request) throws ModelException {
            maxInside.accumulateAndGet(inside.incrementAndGet(), Math::max);
            twoInside.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ModelException(ModelException.Kind.CANCELLED, "interrupted");
            } finally {
                inside.decrementAndGet();
            }
            return new ChatResult("ok", FinishReason.STOP, "stop", 1, 1, 0, "m");
        }

        @Override
        public ModelCapabilities capabilities() {
            return new ModelCapabilities(true, false, true, false, true);
        }

        @Override
        public ModelSource source() {
            return new ModelSource.HttpEndpoint("http://x/v1", ServerKind.LLAMA_SERVER);
        }
    }

    @Test
    void neverLetsMoreThanTheLimitThrough() throws Exception {
        GatedModel gated = new GatedModel();
        ConcurrencyLimitedChatModel limited = new ConcurrencyLimitedChatModel(gated, 2);
        AtomicInteger succeeded = new AtomicInteger();
        List<Thread> callers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Thread caller = new Thread(() -> {
                try {
                    limited.chat(REQUEST);
                    succeeded.incrementAndGet();
                } catch (ModelException e) {
                    throw new IllegalStateException(e);
                }
            });
            callers.add(caller);
            caller.start();
        }

        assertThat(gated.twoInside.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(gated.inside.get()).isEqualTo(2);
        gated.release.countDown();
        for (Thread caller : callers) {
            caller.join(5_000);
        }

        assertThat(succeeded.get()).isEqualTo(6);
        assertThat(gated.maxInside.get()).isEqualTo(2);
    }

    @Test
    void interruptWhileWaitingForASlotIsACancellation() throws Exception {
        GatedModel gated = new GatedModel();
        ConcurrencyLimitedChatModel limited = new ConcurrencyLimitedChatModel(gated, 1);
        Thread holder = new Thread(() -> {
            try {
                limited.chat(REQUEST);
            } catch (ModelException e) {
                throw new IllegalStateException(e);
            }
        });
        holder.start();
        while (gated.inside.get() == 0) {
            Thread.onSpinWait();
        }
        AtomicReference<ModelException> failure = new AtomicReference<>();
        Thread waiter = new Thread(() -> {
            try {
                limited.chat(REQUEST);
            } catch (ModelException e) {
                failure.set(e);
            }
        });

        waiter.start();
        waiter.interrupt();
        waiter.join(5_000);
        gated.release.countDown();
        holder.join(5_000);

        assertThat(failure.get()).isNotNull();
        assertThat(failure.get().kind()).isEqualTo(ModelException.Kind.CANCELLED);
        assertThat(gated.maxInside.get()).isEqualTo(1);
    }
}
