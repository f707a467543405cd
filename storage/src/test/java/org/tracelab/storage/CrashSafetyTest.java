package org.tracelab.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Kills a writing JVM mid-write and checks what survives on disk. */
class CrashSafetyTest {

    private static final int ATTEMPTS_BEFORE_KILL = 600;

    @TempDir
    Path dir;

    @Test
    void killedWriterLeavesAnIntactFileWithOnlyCompleteFinishedChains() throws Exception {
        Path file = dir.resolve("crash.db");
        Process child = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        CrashingWriterMain.class.getName(),
                        file.toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("child.log").toFile())
                .start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (committedAttempts(file) < ATTEMPTS_BEFORE_KILL) {
                assertThat(child.isAlive())
                        .as("child still writing; log: %s", log())
                        .isTrue();
                assertThat(System.nanoTime()).as("child wrote too slowly").isLessThan(deadline);
                child.waitFor(20, TimeUnit.MILLISECONDS);
            }
        } finally {
            child.destroyForcibly();
            child.waitFor(10, TimeUnit.SECONDS);
        }

        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement sql = connection.createStatement()) {
            assertThat(scalar(sql, "PRAGMA integrity_check")).isEqualTo("ok");
            assertThat(Long.parseLong(scalar(sql, "SELECT count(*) FROM attempts")))
                    .isGreaterThanOrEqualTo(ATTEMPTS_BEFORE_KILL);
            assertThat(scalar(sql, """
                    SELECT count(*) FROM chains c WHERE c.status = 'finished' AND (
                        (SELECT count(*) FROM attempts a WHERE a.chain_id = c.id) <> %d
                        OR NOT EXISTS (SELECT 1 FROM attempts a WHERE a.id = c.final_attempt_id AND a.chain_id = c.id
                                       AND a.idx = %d)
                        OR c.final_strict IS NOT 1)""".formatted(
                                    CrashingWriterMain.ATTEMPTS_PER_CHAIN, CrashingWriterMain.ATTEMPTS_PER_CHAIN - 1)))
                    .isEqualTo("0");
            // Every committed attempt is whole: its text, its verdict, its place in the chain.
            try (ResultSet rows = sql.executeQuery("""
                    SELECT a.chain_id, a.idx, a.output, (SELECT count(*) FROM verdicts v WHERE v.attempt_id = a.id)
                    FROM attempts a""")) {
                int checked = 0;
                while (rows.next()) {
                    assertThat(rows.getString(3))
                            .isEqualTo(CrashingWriterMain.outputOf(rows.getLong(1), rows.getInt(2)));
                    assertThat(rows.getInt(4)).isEqualTo(1);
                    checked++;
                }
                assertThat(checked).isGreaterThanOrEqualTo(ATTEMPTS_BEFORE_KILL);
            }
            // Open chains hold a prefix of their attempts (at most the uncommitted tail was lost).
            assertThat(scalar(sql, """
                    SELECT count(*) FROM chains c WHERE c.status = 'open' AND
                        (SELECT count(*) FROM attempts a WHERE a.chain_id = c.id)
                        <> coalesce((SELECT max(idx) + 1 FROM attempts a WHERE a.chain_id = c.id), 0)""")).isEqualTo("0");
        }
        // The killed file still opens as a store, and its search index agrees with its attempts.
        try (TraceStore store = TraceStore.open(file);
                TraceReader reader = store.openReader()) {
            assertThat(reader.runs()).hasSize(1);
        }
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement sql = connection.createStatement()) {
            sql.executeUpdate("INSERT INTO attempt_text (attempt_text, rank) VALUES ('integrity-check', 1)");
        }
    }

    private static long committedAttempts(Path file) throws SQLException {
        if (!Files.exists(file)) {
            return 0;
        }
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement sql = connection.createStatement()) {
            sql.execute("PRAGMA busy_timeout = 1000");
            return Long.parseLong(scalar(sql, "SELECT count(*) FROM attempts"));
        } catch (SQLException e) {
            // The child has not created the schema yet.
            return 0;
        }
    }

    private String log() {
        try {
            return Files.readString(dir.resolve("child.log"));
        } catch (java.io.IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private static String scalar(Statement statement, String sql) throws SQLException {
        try (ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getString(1);
        }
    }
}
