package org.tracelab.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings a database to the current schema. The version lives in SQLite's {@code PRAGMA user_version}; each
 * migration is a SQL resource {@code migrations/V<n>__<what>.sql} applied in its own transaction together
 * with the version bump, so a crash mid-migration leaves the previous version intact.
 */
final class Migrator {

    private static final Logger LOG = LoggerFactory.getLogger(Migrator.class);

    /** In order; the position (1-based) is the schema version a migration produces. Never edit a released one. */
    static final List<String> MIGRATIONS = List.of(
            "V1__core_tables.sql",
            "V2__output_search.sql",
            "V3__search_by_chain_and_final_verdicts.sql",
            "V4__requests_refer_to_prompt_and_outputs.sql",
            "V5__task_levels_provenance_and_dataset_format.sql",
            "V6__run_sources_for_duplicate_imports.sql");

    static final int CURRENT_VERSION = MIGRATIONS.size();

    private Migrator() {
    }

    static int versionOf(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("PRAGMA user_version")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    static void migrate(Connection connection) throws SQLException {
        migrateTo(connection, CURRENT_VERSION);
    }

    /**
     * Applies the migrations after the file's version up to {@code target}; tests use it to build old files.
     * All of them run in one {@code BEGIN IMMEDIATE} transaction and the version is read again under that lock,
     * so two processes opening a new store at once (the app and the CLI, say) migrate it once, not twice.
     */
    static void migrateTo(Connection connection, int target) throws SQLException {
        int version = checkedVersion(connection);
        if (version >= target) {
            return;
        }
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(true);
        try (Statement statement = connection.createStatement()) {
            statement.execute("BEGIN IMMEDIATE");
            String current = null;
            try {
                for (int next = checkedVersion(connection) + 1; next <= target; next++) {
                    current = MIGRATIONS.get(next - 1);
                    statement.executeUpdate(load(current));
                    statement.executeUpdate("PRAGMA user_version = " + next);
                    LOG.info("trace store migrating to schema version {} ({})", next, current);
                }
                statement.execute("COMMIT");
            } catch (SQLException | RuntimeException e) {
                statement.execute("ROLLBACK");
                throw new StoreException("migration " + (current == null ? "" : current + " ") + "failed", e);
            }
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private static int checkedVersion(Connection connection) throws SQLException {
        int version = versionOf(connection);
        if (version > CURRENT_VERSION) {
            throw new StoreException("the database has schema version " + version
                    + ", newer than this Tracelab understands (" + CURRENT_VERSION + "); update Tracelab");
        }
        return version;
    }

    private static String load(String name) {
        String resource = "migrations/" + name;
        try (InputStream in = Migrator.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new StoreException("missing migration resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StoreException("cannot read migration " + resource, e);
        }
    }
}
