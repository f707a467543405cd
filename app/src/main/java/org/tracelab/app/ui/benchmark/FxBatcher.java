package org.tracelab.app.ui.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * Hands items produced on worker threads to the FX thread in batches: however fast they come, at most one
 * {@code Platform.runLater} is pending, and it takes everything queued by then.
 */
final class FxBatcher<T> {

    private final ConcurrentLinkedQueue<T> queue = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final Consumer<List<T>> onFxThread;

    FxBatcher(Consumer<List<T>> onFxThread) {
        this.onFxThread = onFxThread;
    }

    /** Any thread. */
    void add(T item) {
        queue.add(item);
        if (scheduled.compareAndSet(false, true)) {
            Platform.runLater(this::drain);
        }
    }

    private void drain() {
        scheduled.set(false);
        List<T> batch = new ArrayList<>();
        for (T item = queue.poll(); item != null; item = queue.poll()) {
            batch.add(item);
        }
        if (!batch.isEmpty()) {
            onFxThread.accept(batch);
        }
    }
}
