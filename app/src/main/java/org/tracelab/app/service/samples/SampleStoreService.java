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
import org.tracelab.app.service.imports.ImportedRunWriter;
import org.tracelab.app.service.store.OpenStore;
import org.tracelab.core.flags.GamingDetector;
import org.tracelab.core.importing.ImportedRun;
import org.tracelab.core.samples.BundledSamples;
import org.tracelab.core.samples.IllustrativeRunBuilder;
import org.tracelab.core.samples.SourceText;
import org.tracelab.core.verify.Verifier;
import org.tracelab.storage.StoredRun;

/**
 * The illustrative sample store: hand-written traces, replayed and verified by {@link IllustrativeRunBuilder},
 * stored as one run in one transaction. The {@code samples} command and Help › Open the illustrative sample store
 * both come here.
 */
public final class SampleStoreService {

    /** What {@link #storeInto} did. */
    public sealed interface Stored {

        /** The illustration run in the store. */
        long runId();

        /** The run was built and stored. */
        record Built(long runId, int chains, int attempts, String verifierVersion) implements Stored {}

        /** The store already held an illustration run, which was left as it is. */
        record AlreadyThere(long runId) implements Stored {}
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

    /**
     * Stores a prepared run in {@code file} (created if missing) in one transaction, unless the store already holds
     * an illustration run: a store is never given two.
     */
    public Stored storeInto(Path file, ImportedRun run) {
        try (OpenStore store = OpenStore.open(file)) {
            Optional<StoredRun> existing = store.read(reader -> reader.runs().stream()
                    .filter(stored -> stored.info().isIllustration())
                    .findFirst());
            if (existing.isPresent()) {
                return new Stored.AlreadyThere(existing.get().id());
            }
            ImportedRunWriter.Written written = ImportedRunWriter.write(store.writer(), run);
            return new Stored.Built(
                    written.runId(),
                    written.chains(),
                    written.attempts(),
                    run.info().verifierVersion());
        }
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
            try (OpenStore store = OpenStore.open(partial)) {
                ImportedRunWriter.write(store.writer(), run);
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
