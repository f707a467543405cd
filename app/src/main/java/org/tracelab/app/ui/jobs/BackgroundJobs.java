package org.tracelab.app.ui.jobs;

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

/**
 * The app's executor for store and file work, and the list of jobs still running (what the status bar shows).
 * {@link #run} is called on the FX thread; the tasks run on the executor's threads and deliver their results
 * back on the FX thread, as {@link Task} does.
 */
public final class BackgroundJobs implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(BackgroundJobs.class);

    private final ExecutorService executor;
    private final ObservableList<Task<?>> running = FXCollections.observableArrayList();
    private final ObservableList<Task<?>> runningView = FXCollections.unmodifiableObservableList(running);

    public BackgroundJobs(int threads) {
        this.executor = Executors.newFixedThreadPool(threads, new JobThreads());
    }

    /** Starts {@code task} in the background and lists it until it ends. Call on the FX thread. */
    public <T> Task<T> run(Task<T> task) {
        running.add(task);
        task.stateProperty().addListener((obs, old, state) -> {
            if (state == Worker.State.SUCCEEDED || state == Worker.State.FAILED || state == Worker.State.CANCELLED) {
                running.remove(task);
            }
        });
        executor.execute(task);
        return task;
    }

    /** The jobs started and not yet ended, in start order; changes on the FX thread only. */
    public ObservableList<Task<?>> running() {
        return runningView;
    }

    /**
     * Runs {@code lastWork} after the queued jobs, then stops the threads, waiting up to {@code timeoutSeconds}.
     * Used when the app exits, to save settings and close the store off the FX thread.
     */
    public void shutdownAfter(Runnable lastWork, long timeoutSeconds) {
        executor.execute(() -> {
            try {
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
        executor.shutdown();
        try {
            if (!executor.awaitTermination(timeoutSeconds, TimeUnit.SECONDS)) {
                LOG.warn("background jobs still running after {} s; stopping them", timeoutSeconds);
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            executor.shutdownNow();
        }
    }

    private static final class JobThreads implements ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable work) {
            Thread thread = new Thread(work, "tracelab-job-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
