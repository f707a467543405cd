package org.tracelab.storage;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** Opens connections with the settings every connection to a trace store needs. */
final class Connections {

    /** How long a connection waits for a lock (e.g. a checkpoint) before failing. */
    static final int BUSY_TIMEOUT_MS = 10_000;

    /**
     * WAL size (pages) at which the writer checkpoints itself: the bound on the WAL while the background
     * checkpointer does the copying (see {@link WalCheckpointer}); 16,384 pages of 4 KiB are 64 MiB.
     */
    static final int WRITER_AUTOCHECKPOINT_PAGES = 16_384;

    private Connections() {}

    /** The one writing connection: WAL, NORMAL sync (durable at checkpoints, never corrupt), foreign keys. */
    static Connection writer(Path file) throws SQLException {
        Connection connection = walConnection(file);
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA wal_autocheckpoint = " + WRITER_AUTOCHECKPOINT_PAGES);
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
        return connection;
    }

    /**
     * The background checkpointer's connection ({@link WalCheckpointer}); it never reads or writes rows. It does
     * not set the journal mode: the writer's connection made the file WAL (a persistent setting), and a mode
     * change is one more thing that can meet another process's lock while stores open at once.
     */
    static Connection checkpointer(Path file) throws SQLException {
        SQLiteConfig config = common();
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        return config.createConnection(url(file));
    }

    private static Connection walConnection(Path file) throws SQLException {
        SQLiteConfig config = common();
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        Connection connection = config.createConnection(url(file));
        try {
            enableWal(connection);
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
        return connection;
    }

    /**
     * Switches the file to WAL. The switch needs the file to itself for a moment, and SQLite answers it with
     * SQLITE_BUSY (or leaves the old mode) at once, without its busy handler, while another connection opening
     * the same new store holds a lock; so it is retried with a short back-off for up to {@link #BUSY_TIMEOUT_MS}.
     */
    private static void enableWal(Connection connection) throws SQLException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(BUSY_TIMEOUT_MS);
        for (int attempt = 1; ; attempt++) {
            SQLException busy;
            try (Statement statement = connection.createStatement();
                    ResultSet mode = statement.executeQuery("PRAGMA journal_mode = WAL")) {
                if (mode.next() && "wal".equalsIgnoreCase(mode.getString(1))) {
                    return;
                }
                busy = new SQLException("the journal mode stayed " + mode.getString(1) + " instead of WAL");
            } catch (SQLiteException e) {
                if (!isBusy(e)) {
                    throw e;
                }
                busy = e;
            }
            if (System.nanoTime() > deadline) {
                throw busy;
            }
            try {
                Thread.sleep(Math.min(50, 2L * attempt));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SQLException("interrupted while waiting to switch the store to WAL", e);
            }
        }
    }

    /** SQLITE_BUSY in any of its extended forms: another connection holds the lock wanted. */
    static boolean isBusy(SQLiteException e) {
        return (e.getResultCode().code & 0xff) == SQLiteErrorCode.SQLITE_BUSY.code;
    }

    /** A reading connection; under WAL it sees the last commit and never blocks the writer. */
    static Connection reader(Path file) throws SQLException {
        SQLiteConfig config = common();
        config.setReadOnly(true);
        return config.createConnection(url(file));
    }

    private static SQLiteConfig common() {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.setTempStore(SQLiteConfig.TempStore.MEMORY);
        // The driver would otherwise run an extra query after every INSERT; ids come from RETURNING instead.
        config.setGetGeneratedKeys(false);
        // 64 MiB page cache (negative means KiB): keeps index pages of a large store hot.
        config.setCacheSize(-65_536);
        return config;
    }

    private static String url(Path file) {
        return "jdbc:sqlite:" + file.toAbsolutePath();
    }
}
