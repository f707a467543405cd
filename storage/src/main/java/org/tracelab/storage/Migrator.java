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
 * migration is a SQL resource {@code migrations/V<n>__<what>.sql}, sometimes followed by a Java step that rewrites
 * rows SQL cannot (version 6 parses URLs), applied together with the version bump, so a crash mid-migration leaves
 * the previous version intact. Migrations run with {@code secure_delete} on, and a file that was migrated is
 * checkpointed and its write-ahead log emptied, so text a migration replaced is not left behind in the file.
 */
final class Migrator {

    private static final Logger LOG = LoggerFactory.getLogger(Migrator.class);

    /** Java work a migration does after its SQL, in the same transaction. */
    @FunctionalInterface
    interface JavaStep {
        void apply(Connection connection) throws SQLException;
    }

    /** One schema step: a SQL resource, then an optional Java step. */
    record Migration(String resource, JavaStep step) {

        static Migration sql(String resource) {
            return new Migration(resource, null);
        }
    }

    /** In order; the position (1-based) is the schema version a migration produces. Never edit a released one. */
    static final List<Migration> MIGRATIONS = List.of(
            Migration.sql("V1__core_tables.sql"),
            Migration.sql("V2__output_search.sql"),
            Migration.sql("V3__search_by_chain_and_final_verdicts.sql"),
            Migration.sql("V4__requests_refer_to_prompt_and_outputs.sql"),
            Migration.sql("V5__task_levels_provenance_and_dataset_format.sql"),
            new Migration("V6__nothing_private_in_runs.sql", PrivateDetailsScrub::apply),
            Migration.sql("V7__interrupted_runs_endpoints_and_call_faults.sql"),
            Migration.sql("V8__run_groups.sql"),
            Migration.sql("V9__run_sources_for_duplicate_imports.sql"));

    static final int CURRENT_VERSION = MIGRATIONS.size();

    private Migrator() {}

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
        boolean migrated = false;
        try (Statement statement = connection.createStatement()) {
            boolean secureDelete;
            try (ResultSet row = statement.executeQuery("PRAGMA secure_delete")) {
                secureDelete = row.next() && row.getInt(1) == 1;
            }
            statement.execute("PRAGMA secure_delete = ON");
            // Off while migrating (it cannot change inside a transaction): a migration that rebuilds a table drops
            // the old one, which would otherwise cascade to its children. The keys are checked before committing.
            statement.execute("PRAGMA foreign_keys = OFF");
            statement.execute("BEGIN IMMEDIATE");
            String current = null;
            try {
                int from = checkedVersion(connection);
                for (int next = from + 1; next <= target; next++) {
                    Migration migration = MIGRATIONS.get(next - 1);
                    current = migration.resource();
                    statement.executeUpdate(load(current));
                    if (migration.step() != null) {
                        migration.step().apply(connection);
                    }
                    statement.executeUpdate("PRAGMA user_version = " + next);
                    LOG.info("trace store migrating to schema version {} ({})", next, current);
                }
                requireForeignKeysHold(statement);
                statement.execute("COMMIT");
                // A brand-new file has nothing to scrub; an older one may hold what a migration replaced.
                migrated = from > 0 && target > from;
            } catch (SQLException | RuntimeException e) {
                statement.execute("ROLLBACK");
                throw new StoreException("migration " + (current == null ? "" : current + " ") + "failed", e);
            } finally {
                statement.execute("PRAGMA foreign_keys = ON");
                statement.execute("PRAGMA secure_delete = " + (secureDelete ? "ON" : "OFF"));
            }
            if (migrated) {
                // Copies the rewritten pages over the old ones in the file and empties the log.
                statement.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            }
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private static void requireForeignKeysHold(Statement statement) throws SQLException {
        try (ResultSet broken = statement.executeQuery("PRAGMA foreign_key_check")) {
            if (broken.next()) {
                throw new StoreException("a migration left a row of " + broken.getString(1) + " pointing at a missing "
                        + broken.getString(3) + " row");
            }
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
