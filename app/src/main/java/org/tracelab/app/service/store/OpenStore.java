package org.tracelab.app.service.store;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Function;
import org.tracelab.storage.TraceReader;
import org.tracelab.storage.TraceStore;
import org.tracelab.storage.TraceWriter;

/**
 * An open trace store as the application services share it: the store's single writer (thread-safe), a reader of
 * its own for each piece of work, and a kept-open reader per thread for many small reads. Outside {@code storage}
 * this is the only way to a {@link TraceStore}, for the command line and the desktop app alike.
 *
 * <p>Readers are one per thread (see {@link TraceStore#openReader()}); both ways of reading below respect that.
 */
public final class OpenStore implements AutoCloseable {

    private final TraceStore store;
    private final ThreadLocal<TraceReader> threadReaders = new ThreadLocal<>();
    private final Queue<TraceReader> keptReaders = new ConcurrentLinkedQueue<>();

    private OpenStore(TraceStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /** Opens the store in {@code file}, creating it with the current schema when missing. */
    public static OpenStore open(Path file) {
        return new OpenStore(TraceStore.open(file));
    }

    public Path file() {
        return store.file();
    }

    /** Runs {@code work} with a reader opened for it on the calling thread and closed when it returns. */
    public <T> T read(Function<TraceReader, T> work) {
        try (TraceReader reader = store.openReader()) {
            return work.apply(reader);
        }
    }

    /**
     * Runs {@code work} with the calling thread's own reader, opened on first use and kept until the store closes:
     * for many small reads in a row (the explorer reads a page per scroll step), where a fresh connection each time
     * would re-read the schema and the index pages.
     */
    public <T> T browse(Function<TraceReader, T> work) {
        TraceReader reader = threadReaders.get();
        if (reader == null) {
            reader = store.openReader();
            threadReaders.set(reader);
            keptReaders.add(reader);
        }
        return work.apply(reader);
    }

    /** The store's one writer; it batches by size and age, so commit what must be durable at once. */
    public TraceWriter writer() {
        return store.writer();
    }

    /** Gives the space of deleted runs back to the file system; rewrites the file, so call it in a long job. */
    public void reclaimSpace() {
        store.reclaimSpace();
    }

    /** Closes the kept readers, then commits and closes the store. */
    @Override
    public void close() {
        keptReaders.forEach(TraceReader::close);
        keptReaders.clear();
        store.close();
    }
}
