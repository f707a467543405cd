package org.tracelab.app.service.samples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tracelab.core.flags.GamingDetector;
import org.tracelab.core.importing.ImportedChain;
import org.tracelab.core.importing.ImportedRun;
import org.tracelab.core.samples.BundledSamples;
import org.tracelab.core.samples.IllustrativeRunBuilder;
import org.tracelab.core.samples.SourceText;
import org.tracelab.core.trace.ChainKey;
import org.tracelab.core.verify.Verifier;
import org.tracelab.storage.ChainHandle;
import org.tracelab.storage.StoredRun;
import org.tracelab.storage.TraceReader;
import org.tracelab.storage.TraceStore;
import org.tracelab.storage.TraceWriter;

/**
 * The illustrative sample store: hand-written traces, replayed and verified by {@link IllustrativeRunBuilder},
 * stored as one run in one transaction. The {@code samples} command and Help › Open the illustrative sample store
 * both come here.
 */
public final class SampleStoreService {

    /** What was stored. */
    public record BuiltSample(long runId, int chains, int attempts, String verifierVersion) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(SampleStoreService.class);

    private final IllustrativeRunBuilder builder;

    public SampleStoreService(Verifier verifier, Clock clock) {
        this.builder = new IllustrativeRunBuilder(verifier, new GamingDetector(), clock);
    }

    /** The illustration run (verdicts computed, nothing stored yet); bad sources throw every problem at once. */
    public ImportedRun prepare(SourceText traces, SourceText tasks, IllustrativeRunBuilder.Listener listener) {
        return builder.build(traces, tasks, listener);
    }

    /** Stores a prepared run in one transaction: all of it or nothing. */
    public BuiltSample store(TraceWriter writer, ImportedRun run) {
        return writer.inTransaction(w -> {
            long runId = w.createRun(run.info());
            int attempts = 0;
            for (ImportedChain chain : run.chains()) {
                w.putTask(runId, chain.task());
                ChainHandle handle = w.beginChain(new ChainKey(runId, chain.task().datasetKey(), chain.mode(),
                        chain.seed(), chain.fork()));
                chain.attempts().forEach(attempt -> w.appendAttempt(handle, attempt));
                w.finishChain(handle, chain.finalIndex());
                attempts += chain.attempts().size();
            }
            return new BuiltSample(runId, run.chains().size(), attempts, run.info().verifierVersion());
        });
    }

    /** The store's first illustration run, if it has one. */
    public static Optional<StoredRun> illustrationIn(TraceReader reader) {
        return reader.runs().stream().filter(run -> run.info().isIllustration()).findFirst();
    }

    /**
     * Builds the bundled sample store in {@code file} unless the file exists; returns whether it built. The store
     * is written beside it under a temporary name and moved into place when complete, so a failed or cancelled
     * build never leaves a half-built sample store to be opened next time.
     */
    public boolean install(Path file, IllustrativeRunBuilder.Listener listener) {
        if (Files.exists(file)) {
            return false;
        }
        ImportedRun run = prepare(BundledSamples.traces(), BundledSamples.tasks(), listener);
        Path partial = file.resolveSibling(file.getFileName() + ".building");
        try {
            deleteStore(partial);
            try (TraceStore store = TraceStore.open(partial)) {
                store(store.writer(), run);
            }
            move(partial, file);
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the sample store " + file, e);
        } finally {
            deleteStoreQuietly(partial);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /** A store is its file plus SQLite's write-ahead log and shared-memory files while open. */
    private static void deleteStore(Path file) throws IOException {
        for (String suffix : List.of("", "-wal", "-shm", "-journal")) {
            Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
        }
    }

    private static void deleteStoreQuietly(Path file) {
        try {
            deleteStore(file);
        } catch (IOException e) {
            LOG.debug("cannot delete {}; the next build deletes it first", file, e);
        }
    }
}
