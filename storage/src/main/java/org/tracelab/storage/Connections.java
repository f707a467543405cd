package org.tracelab.storage;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.sqlite.SQLiteConfig;

/** Opens connections with the settings every connection to a trace store needs. */
final class Connections {

    /** How long a connection waits for a lock (e.g. a checkpoint) before failing. */
    static final int BUSY_TIMEOUT_MS = 10_000;

    /**
     * WAL size (pages) at which the writer checkpoints itself: the bound on the WAL while the background
     * checkpointer does the copying (see {@link WalCheckpointer}); 16,384 pages of 4 KiB are 64 MiB.
     */
    static final int WRITER_AUTOCHECKPOINT_PAGES = 16_384;

    private Connections() {
    }

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
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        return config.createConnection(url(file));
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
