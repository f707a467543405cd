package org.tracelab.app.ui.jobs;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Hands items produced on worker threads to the UI thread in batches: however fast they come, at most one hand-over
 * is pending on the {@link Jobs#ui()} executor, and it takes everything queued by then (a fast runner cannot flood
 * the event queue).
 */
public final class UiBatcher<T> {

    private final ConcurrentLinkedQueue<T> queue = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final Executor ui;
    private final Consumer<List<T>> onUiThread;

    public UiBatcher(Executor ui, Consumer<List<T>> onUiThread) {
        this.ui = ui;
        this.onUiThread = onUiThread;
    }

    /** Any thread. */
    public void add(T item) {
        queue.add(item);
        if (scheduled.compareAndSet(false, true)) {
            ui.execute(this::drain);
        }
    }

    private void drain() {
        scheduled.set(false);
        List<T> batch = new ArrayList<>();
        for (T item = queue.poll(); item != null; item = queue.poll()) {
            batch.add(item);
        }
        if (!batch.isEmpty()) {
            onUiThread.accept(batch);
        }
    }
}
