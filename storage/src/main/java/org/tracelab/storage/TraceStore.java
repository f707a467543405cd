package org.tracelab.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tracelab's trace store: one SQLite file holding runs, tasks, chains, attempts, verdicts, flags, curation and
 * source verdicts (layout and reasons: {@code docs/adr/0003-trace-store-layout.md}).
 *
 * <p>{@link #open(Path)} creates the file when missing and migrates an older file to the current schema. The
 * store has exactly one {@link TraceWriter} ({@link #writer()}, thread-safe, batching) and any number of
 * {@link TraceReader}s ({@link #openReader()}, one per thread, closed by the caller); under WAL readers see
 * the last commit and never block the writer.
 *
 * <pre>{@code
 * try (TraceStore store = TraceStore.open(dbFile)) {
 *     long run = store.writer().inTransaction(w -> {           // an import: all of a file or nothing
 *         long id = w.createRun(info);
 *         records.forEach(r -> w.importRecord(id, r));
 *         return id;
 *     });
 *     try (TraceReader reader = store.openReader()) {
 *         List<ModeAggregate> report = reader.aggregates(run);
 *     }
 * }
 * }</pre>
 * Errors of any kind surface as the unchecked {@link StoreException}.
 */
public final class TraceStore implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TraceStore.class);

    private final Path file;
    private final SqliteTraceWriter writer;

    private TraceStore(Path file, SqliteTraceWriter writer) {
        this.file = file;
        this.writer = writer;
    }

    /** Opens (creating or migrating as needed) the store in {@code file} with default writer settings. */
    public static TraceStore open(Path file) {
        return open(file, WriterSettings.DEFAULT);
    }

    public static TraceStore open(Path file, WriterSettings settings) {
        Path absolute = file.toAbsolutePath();
        try {
            if (absolute.getParent() != null) {
                Files.createDirectories(absolute.getParent());
            }
        } catch (IOException e) {
            throw new StoreException("cannot create the folder of " + absolute, e);
        }
        Connection connection = null;
        Connection checkpoints = null;
        try {
            connection = Connections.writer(absolute);
            Migrator.migrate(connection);
            checkpoints = Connections.checkpointer(absolute);
            LOG.debug("opened trace store {} at schema version {}", absolute, Migrator.CURRENT_VERSION);
            return new TraceStore(
                    absolute,
                    new SqliteTraceWriter(
                            connection,
                            new WalCheckpointer(checkpoints),
                            settings,
                            Clock.systemUTC(),
                            absolute.toString()));
        } catch (SQLException | RuntimeException e) {
            closeQuietly(checkpoints, e);
            closeQuietly(connection, e);
            if (e instanceof StoreException storeException) {
                throw storeException;
            }
            throw new StoreException("cannot open trace store " + absolute + ": " + e.getMessage(), e);
        }
    }

    /** The schema version this code writes; files of any earlier version are migrated on open. */
    public static int currentSchemaVersion() {
        return Migrator.CURRENT_VERSION;
    }

    public Path file() {
        return file;
    }

    /** The store's single writer. */
    public TraceWriter writer() {
        return writer;
    }

    /**
     * Gives the space of deleted runs back to the file system (SQLite's {@code VACUUM}): rewrites the whole file,
     * so it takes a while on a large store; writes wait meanwhile. Call it off any UI thread.
     */
    public void reclaimSpace() {
        writer.vacuum();
    }

    /** A new reader on its own connection; close it when done. */
    public TraceReader openReader() {
        try {
            return new SqliteTraceReader(Connections.reader(file));
        } catch (SQLException e) {
            throw new StoreException("cannot open a reader on " + file, e);
        }
    }

    /** Commits pending writes and closes the writer; readers opened earlier stay usable until closed. */
    @Override
    public void close() {
        writer.close();
    }

    private static void closeQuietly(Connection connection, Exception cause) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }
}
