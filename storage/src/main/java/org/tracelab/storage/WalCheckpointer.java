package org.tracelab.storage;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Copies committed pages from the WAL into the database file on a thread and connection of its own, so the
 * writer's commits do not wait for that copy and its two fsyncs (ADR 0003, "Version 4"). The writer asks after
 * every commit; asks that arrive while a checkpoint runs are served by one more checkpoint. Checkpoints are
 * PASSIVE: they never wait for, nor block, readers or the writer, and they change no content, so crash safety is
 * SQLite's own (a crash mid-checkpoint is redone from the WAL on the next open).
 *
 * <p>SQLite starts the WAL from its beginning again only when a write transaction starts after everything was
 * copied. A busy writer begins its next batch before this thread catches up, so the writer connection keeps
 * SQLite's auto-checkpoint with a larger threshold ({@link Connections#WRITER_AUTOCHECKPOINT_PAGES}) as the bound
 * on the WAL: when it fires, this thread has already copied nearly everything, and the writer's own checkpoint
 * copies only the last batch and lets the WAL restart.
 */
final class WalCheckpointer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(WalCheckpointer.class);

    private final Connection connection;
    private final ExecutorService thread;
    /** A checkpoint is queued and has not started yet: further asks need no other. */
    private final AtomicBoolean queued = new AtomicBoolean();

    private boolean failureLogged;

    WalCheckpointer(Connection connection) {
        this.connection = connection;
        this.thread = Executors.newSingleThreadExecutor(task -> {
            Thread checkpointer = new Thread(task, "tracelab-store-checkpointer");
            checkpointer.setDaemon(true);
            return checkpointer;
        });
    }

    /** Asks for the pages committed so far to be copied into the database file; returns at once. */
    void request() {
        if (queued.compareAndSet(false, true)) {
            try {
                thread.execute(this::checkpoint);
            } catch (java.util.concurrent.RejectedExecutionException closing) {
                queued.set(false);
            }
        }
    }

    private void checkpoint() {
        queued.set(false);
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("PRAGMA wal_checkpoint(PASSIVE)")) {
            result.next();
        } catch (SQLException e) {
            // Nothing is lost: the pages stay in the WAL and the next checkpoint (or the writer's) copies them.
            if (!failureLogged) {
                LOG.warn("background WAL checkpoint failed; the writer's own checkpoints take over", e);
                failureLogged = true;
            }
        }
    }

    /** Lets a running checkpoint finish, then closes the connection; the writer's close does the last one. */
    @Override
    public void close() {
        thread.shutdown();
        try {
            if (!thread.awaitTermination(30, TimeUnit.SECONDS)) {
                LOG.warn("background WAL checkpoint still running after 30 s; closing its connection anyway");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("cannot close the checkpoint connection", e);
        }
    }
}
