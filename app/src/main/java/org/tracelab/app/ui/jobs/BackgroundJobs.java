package org.tracelab.app.ui.jobs;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tracelab.app.ui.jobs.Jobs.Lane;

/**
 * The desktop app's threads for background work, one pool per {@link Lane} so that a benchmark or an export never
 * holds up browsing, and the list of tasks still running (what the status bar shows). {@link #run} is called on the
 * FX thread; tasks deliver their results back on it, as {@link Task} does.
 */
public final class BackgroundJobs implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(BackgroundJobs.class);

    private final Map<Lane, ExecutorService> lanes = new EnumMap<>(Lane.class);
    private final ObservableList<Task<?>> running = FXCollections.observableArrayList();
    private final ObservableList<Task<?>> runningView = FXCollections.unmodifiableObservableList(running);

    public BackgroundJobs(int browseThreads, int longThreads) {
        lanes.put(Lane.BROWSE, Executors.newFixedThreadPool(browseThreads, new JobThreads("tracelab-browse-")));
        lanes.put(Lane.LONG, Executors.newFixedThreadPool(longThreads, new JobThreads("tracelab-long-")));
    }

    /** Starts {@code task} on {@code lane}'s threads and lists it until it ends. Call on the FX thread. */
    public <T> Task<T> run(Task<T> task, Lane lane) {
        running.add(task);
        task.stateProperty().addListener((obs, old, state) -> {
            if (state == Worker.State.SUCCEEDED || state == Worker.State.FAILED || state == Worker.State.CANCELLED) {
                running.remove(task);
            }
        });
        lanes.get(lane).execute(task);
        return task;
    }

    /** The tasks started and not yet ended, in start order; changes on the FX thread only. */
    public ObservableList<Task<?>> running() {
        return runningView;
    }

    /**
     * Runs {@code lastWork} once the long jobs have ended (at most {@code timeoutSeconds}) and after the browse jobs
     * queued before it, then stops every thread: at exit, the store is closed only when nothing uses it any more.
     */
    public void shutdownAfter(Runnable lastWork, long timeoutSeconds) {
        ExecutorService longLane = lanes.get(Lane.LONG);
        longLane.shutdown();
        lanes.get(Lane.BROWSE).execute(() -> {
            try {
                awaitTermination(longLane, timeoutSeconds);
                lastWork.run();
            } catch (RuntimeException e) {
                LOG.error("shutting down the desktop app failed", e);
            }
        });
        close(timeoutSeconds);
    }

    @Override
    public void close() {
        close(10);
    }

    private void close(long timeoutSeconds) {
        lanes.values().forEach(ExecutorService::shutdown);
        lanes.values().forEach(lane -> awaitTermination(lane, timeoutSeconds));
    }

    private static void awaitTermination(ExecutorService lane, long timeoutSeconds) {
        try {
            if (!lane.awaitTermination(timeoutSeconds, TimeUnit.SECONDS)) {
                LOG.warn("background jobs still running after {} s; stopping them", timeoutSeconds);
                lane.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            lane.shutdownNow();
        }
    }

    private static final class JobThreads implements ThreadFactory {
        private final String prefix;
        private final AtomicInteger count = new AtomicInteger();

        JobThreads(String prefix) {
            this.prefix = prefix;
        }

        @Override
        public Thread newThread(Runnable work) {
            Thread thread = new Thread(work, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
