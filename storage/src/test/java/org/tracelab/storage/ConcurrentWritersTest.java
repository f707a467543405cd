package org.tracelab.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.tracelab.core.record.ComplianceEvalRecord;
import org.tracelab.core.testing.SampleTraces;
import org.tracelab.core.trace.Attempt;
import org.tracelab.core.trace.CallFault;
import org.tracelab.core.trace.ChainKey;
import org.tracelab.core.trace.RunStatus;
import org.tracelab.core.trace.Strategy;

/**
 * Many writers, one store: two stores opened on one file (each with its own connections, as two processes have)
 * write runs in small batches while a third imports a file in one transaction and a reader reads throughout.
 * Nothing may fail, collide or go missing. {@code -Dtracelab.store.repetitions=20} runs the acceptance count.
 */
class ConcurrentWritersTest {

    private static final int CHAINS = 60;
    private static final int IMPORTED = 40;
    private static final WriterSettings SMALL_BATCHES = new WriterSettings(25, Duration.ofMillis(5));

    @TempDir
    Path dir;

    @Test
    @Timeout(300)
    void twoWritersAnImportAndAReaderShareOneStoreWithoutLossOrCollision() throws Exception {
        int repetitions = Integer.getInteger("tracelab.store.repetitions", 3);
        for (int repetition = 0; repetition < repetitions; repetition++) {
            Path file = dir.resolve("shared-" + repetition + ".db");
            TraceStore.open(file).close();
            round(file);
        }
    }

    private void round(Path file) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(4);
        CountDownLatch go = new CountDownLatch(1);
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicInteger reads = new AtomicInteger();
        try (TraceStore first = TraceStore.open(file, SMALL_BATCHES);
                TraceStore second = TraceStore.open(file, SMALL_BATCHES);
                TraceStore importer = TraceStore.open(file, SMALL_BATCHES)) {
            CompletableFuture<Long> runA = CompletableFuture.supplyAsync(() -> bench(first, "a", go), threads);
            CompletableFuture<Long> runB = CompletableFuture.supplyAsync(() -> bench(second, "b", go), threads);
            CompletableFuture<Long> imported = CompletableFuture.supplyAsync(() -> importFile(importer, go), threads);
            CompletableFuture<Void> reader = CompletableFuture.runAsync(
                    () -> {
                        try (TraceReader view = importer.openReader()) {
                            await(go);
                            while (writing.get()) {
                                view.runs().forEach(run -> view.aggregates(run.id()));
                                reads.incrementAndGet();
                            }
                        }
                    },
                    threads);
            go.countDown();
            long a = runA.get(120, TimeUnit.SECONDS);
            long b = runB.get(120, TimeUnit.SECONDS);
            long c = imported.get(120, TimeUnit.SECONDS);
            writing.set(false);
            reader.get(30, TimeUnit.SECONDS);

            assertThat(reads.get()).isPositive();
            assertThat(List.of(a, b, c)).doesNotHaveDuplicates();
            try (TraceReader view = first.openReader()) {
                for (long run : List.of(a, b)) {
                    assertThat(view.run(run).orElseThrow().info().status()).isEqualTo(RunStatus.INTERRUPTED);
                    assertThat(view.aggregates(run).stream()
                                    .mapToLong(m -> m.all().finishedChains())
                                    .sum())
                            .isEqualTo(CHAINS);
                    assertThat(view.faults(run))
                            .hasSize(1)
                            .first()
                            .satisfies(f -> assertThat(f.endpoint()).isEqualTo("http://127.0.0.1:8080/v1"));
                }
                assertThat(view.aggregates(c).stream()
                                .mapToLong(m -> m.all().finishedChains())
                                .sum())
                        .isEqualTo(IMPORTED);
            }
        } finally {
            threads.shutdownNow();
        }
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = connection.createStatement()) {
            assertThat(scalar(statement, "PRAGMA integrity_check")).isEqualTo("ok");
            assertThat(scalar(statement, "SELECT count(*) FROM chains"))
                    .isEqualTo(String.valueOf(2 * CHAINS + IMPORTED));
            assertThat(scalar(statement, "SELECT count(*) FROM attempts"))
                    .isEqualTo(String.valueOf(2 * CHAINS * 2 + IMPORTED * 2));
            assertThat(scalar(statement, """
                    SELECT count(*) FROM (SELECT run_id, task_id, mode, seed, fork FROM chains
                    GROUP BY run_id, task_id, mode, seed, fork HAVING count(*) > 1)""")).isEqualTo("0");
            assertThat(scalar(statement, "SELECT count(*) FROM chains WHERE status = 'open'"))
                    .isEqualTo("0");
            statement.execute("INSERT INTO attempt_text (attempt_text) VALUES ('integrity-check')");
        }
    }

    @Test
    @Timeout(60)
    void aWriteThatCannotGetTheLockFailsWithOneLineNamingTheStore() throws Exception {
        Path file = dir.resolve("locked.db");
        TraceStore.open(file).close();
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement holder = other.createStatement();
                TraceStore store =
                        TraceStore.open(file, new WriterSettings(25, Duration.ofMillis(5), Duration.ofMillis(200)))) {
            holder.execute("PRAGMA busy_timeout = 100");
            holder.execute("BEGIN IMMEDIATE");
            StoreException failure = org.assertj.core.api.Assertions.catchThrowableOfType(
                    StoreException.class, () -> store.writer().createRun(SampleTraces.run("blocked")));
            assertThat(failure.getMessage())
                    .contains(file.toString())
                    .contains("another process")
                    .doesNotContain("\n");
            holder.execute("ROLLBACK");
            // The lock is free again: the same writer goes on.
            long run = store.writer().createRun(SampleTraces.run("after"));
            store.writer().commit();
            try (TraceReader reader = store.openReader()) {
                assertThat(reader.run(run)).isPresent();
            }
        }
    }

    @Test
    void anUnfinishedChainIsResumedWithItsAttemptsAndTheEndpointsReadBack() {
        try (TraceStore store = TraceStore.open(dir.resolve("resume.db"))) {
            TraceWriter writer = store.writer();
            long run = writer.createRun(SampleTraces.run("r"));
            writer.putTask(run, SampleTraces.task("1"));
            ChainKey key = new ChainKey(run, "1", "repair", 42L, 0);
            ChainHandle chain = writer.beginChain(key);
            writer.appendAttempt(chain, withEndpoint(SampleTraces.failingDirect("rain, rain")));
            writer.finishRun(run, RunStatus.INTERRUPTED, SampleTraces.T0);

            ChainHandle resumed = writer.resumeChain(key);
            assertThat(resumed.chainId()).isEqualTo(chain.chainId());
            writer.appendAttempt(resumed, withEndpoint(SampleTraces.passingPatch("rain rain")));
            writer.finishChain(resumed, 1);
            writer.commit();
            try (TraceReader reader = store.openReader()) {
                List<StoredAttempt> attempts = reader.attempts(chain.chainId());
                assertThat(attempts)
                        .hasSize(2)
                        .allSatisfy(a -> assertThat(a.attempt().endpoint()).isEqualTo("http://127.0.0.1:8080/v1"));
                assertThat(reader.run(run).orElseThrow().info().status()).isEqualTo(RunStatus.INTERRUPTED);
            }
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> writer.resumeChain(key))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("no unfinished chain");
        }
    }

    /** A benchmark's write pattern: tasks, then chains of two attempts in small transactions, then a fault. */
    private static long bench(TraceStore store, String name, CountDownLatch go) {
        await(go);
        TraceWriter writer = store.writer();
        long run = writer.createRun(SampleTraces.run(name));
        writer.commit();
        for (int i = 0; i < CHAINS; i++) {
            String key = name + i;
            writer.putTask(run, SampleTraces.task(key));
            ChainHandle chain = writer.beginChain(new ChainKey(run, key, "repair", 42L, 0));
            writer.appendAttempt(chain, withEndpoint(SampleTraces.failingDirect("rain, rain " + key)));
            writer.appendAttempt(chain, withEndpoint(SampleTraces.passingPatch("rain rain " + key)));
            writer.finishChain(chain, 1);
        }
        writer.recordFault(new CallFault(
                run,
                name + "0",
                null,
                42L,
                0,
                0,
                Strategy.DIRECT,
                "http://127.0.0.1:8080/v1",
                "connection",
                "connection refused",
                SampleTraces.T0,
                3));
        writer.finishRun(run, RunStatus.INTERRUPTED, SampleTraces.T0.plusSeconds(1));
        return run;
    }

    private static Attempt withEndpoint(Attempt attempt) {
        return new Attempt(
                attempt.index(),
                attempt.parentIndex(),
                attempt.strategy(),
                attempt.request(),
                attempt.output(),
                attempt.finishReason(),
                attempt.promptTokens(),
                attempt.completionTokens(),
                attempt.latencyMs(),
                attempt.error(),
                attempt.createdAt(),
                attempt.verdicts(),
                attempt.flags(),
                "http://127.0.0.1:8080/v1");
    }

    private static long importFile(TraceStore store, CountDownLatch go) {
        await(go);
        List<ComplianceEvalRecord> records = new ArrayList<>();
        for (int i = 0; i < IMPORTED; i++) {
            records.add(SampleTraces.record("import" + i, 42L));
        }
        return store.writer().inTransaction(w -> {
            long run = w.createRun(SampleTraces.run("import"));
            records.forEach(r -> w.importRecord(run, r));
            w.finishRun(run, RunStatus.FINISHED, SampleTraces.T0);
            return run;
        });
    }

    private static void await(CountDownLatch go) {
        try {
            go.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String scalar(Statement statement, String sql) throws Exception {
        try (ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getString(1);
        }
    }
}
