package org.tracelab.core.evaluation;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.tracelab.core.verify.ResponseVerdict;
import org.tracelab.core.verify.Verifier;

/** Verifies many responses on several threads, keeping their order. */
public final class BatchVerifier {

    private final Verifier verifier;
    private final int threads;

    public BatchVerifier(Verifier verifier, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
        this.verifier = verifier;
        this.threads = threads;
    }

    public List<ResponseVerdict> verifyAll(List<ResponseItem> items) {
        if (threads == 1 || items.size() < 2) {
            return items.stream().map(this::verify).toList();
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "verifier");
            thread.setDaemon(true);
            return thread;
        });
        try {
            // Contiguous chunks, a few per thread, so uneven responses still balance.
            int chunks = Math.min(items.size(), threads * 8);
            List<Future<List<ResponseVerdict>>> parts = IntStream.range(0, chunks)
                    .mapToObj(c -> pool.submit(
                            () -> items.subList(c * items.size() / chunks, (c + 1) * items.size() / chunks).stream()
                                    .map(this::verify)
                                    .toList()))
                    .toList();
            return parts.stream().flatMap(part -> join(part).stream()).toList();
        } finally {
            pool.shutdownNow();
        }
    }

    private ResponseVerdict verify(ResponseItem item) {
        return verifier.verifyConstraints(item.task().constraints(), item.response());
    }

    private static List<ResponseVerdict> join(Future<List<ResponseVerdict>> part) {
        try {
            return part.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("verification interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
