package org.tracelab.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracelab.core.testing.SampleTraces;
import org.tracelab.core.trace.ChainKey;

/** Committed batches reach the database file while the store stays open, copied off the writer's thread. */
class WalCheckpointerTest {

    @TempDir
    Path dir;

    @Test
    void committedBatchesAreCopiedIntoTheDatabaseFileInTheBackground() throws Exception {
        Path file = dir.resolve("t.db");
        try (TraceStore store = TraceStore.open(file)) {
            long before = Files.size(file);
            TraceWriter writer = store.writer();
            long run = writer.createRun(SampleTraces.run("r"));
            writer.putTask(run, SampleTraces.task("1"));
            for (int fork = 0; fork < 200; fork++) {
                ChainHandle chain = writer.beginChain(new ChainKey(run, "1", "direct", 1L, fork));
                writer.appendAttempt(chain, SampleTraces.failingDirect("rain, " + "soft rain ".repeat(50) + fork));
                writer.finishChain(chain, 0);
            }
            writer.commit();

            // Far below the writer's own auto-checkpoint threshold: only the background checkpointer copies pages.
            assertThat(waitForGrowth(file, before))
                    .as("database file size after the commit")
                    .isGreaterThan(before);
            try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                    Statement sql = connection.createStatement()) {
                assertThat(TraceStoreTest.scalar(sql, "SELECT count(*) FROM attempts"))
                        .isEqualTo("200");
            }
        }
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement sql = connection.createStatement()) {
            assertThat(TraceStoreTest.scalar(sql, "PRAGMA integrity_check")).isEqualTo("ok");
        }
    }

    private static long waitForGrowth(Path file, long before) throws Exception {
        long deadline = System.nanoTime() + 10_000_000_000L;
        long size = Files.size(file);
        while (size <= before && System.nanoTime() < deadline) {
            Thread.sleep(20);
            size = Files.size(file);
        }
        return size;
    }
}
