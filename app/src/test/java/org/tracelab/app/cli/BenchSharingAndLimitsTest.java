package org.tracelab.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.tracelab.app.cli.CliRunner.Result;
import org.tracelab.core.flags.FlagNames;
import org.tracelab.core.run.CallSettings;
import org.tracelab.core.testing.LoopbackFaultServer;
import org.tracelab.core.testing.SharedData;
import org.tracelab.storage.StoredAttempt;
import org.tracelab.storage.TraceReader;
import org.tracelab.storage.TraceStore;
import org.tracelab.storage.query.ChainQuery;
import org.tracelab.storage.query.PageRequest;

/** Two benches on one store at once, and answers far larger than any heap should hold. */
class BenchSharingAndLimitsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private static Path samples() {
        return SharedData.repositoryRoot().resolve("samples/tasks/tracelab-sample-tasks.jsonl");
    }

    private static List<String> bench(Path db, String endpoint) {
        return List.of(
                "bench",
                "--db",
                db.toString(),
                "--endpoint",
                endpoint,
                "--model",
                LoopbackFaultServer.MODEL,
                "--dataset",
                samples().toString(),
                "--limit",
                "4",
                "--seeds",
                "41,42",
                "--concurrency",
                "2");
    }

    private static JsonNode report(Path db) throws Exception {
        Result report = CliRunner.run("report", "--db", db.toString(), "--format", "json");
        assertThat(report.exitCode()).as(report.err()).isZero();
        return JSON.readTree(report.out()).get("runs");
    }

    /** {@code -Dtracelab.bench.repetitions=20} for the acceptance count. */
    @Test
    @Timeout(600)
    void twoBenchesOnOneStoreAtOnceEachEqualASoloRun() throws Exception {
        int repetitions = Integer.getInteger("tracelab.bench.repetitions", 2);
        try (LoopbackFaultServer server = LoopbackFaultServer.start()) {
            Path solo = dir.resolve("solo.tracelab.db");
            Result alone = CliRunner.run(bench(solo, server.baseUrl()).toArray(String[]::new));
            assertThat(alone.exitCode()).as(alone.err() + alone.out()).isZero();
            JsonNode soloModes = report(solo).get(0).get("modes");

            for (int repetition = 0; repetition < repetitions; repetition++) {
                Path shared = dir.resolve("shared-" + repetition + ".tracelab.db");
                CompletableFuture<Result> first = CompletableFuture.supplyAsync(
                        () -> CliRunner.run(bench(shared, server.baseUrl()).toArray(String[]::new)));
                CompletableFuture<Result> second = CompletableFuture.supplyAsync(
                        () -> CliRunner.run(bench(shared, server.baseUrl()).toArray(String[]::new)));
                for (Result result : List.of(first.get(120, TimeUnit.SECONDS), second.get(120, TimeUnit.SECONDS))) {
                    assertThat(result.exitCode())
                            .as("repetition " + repetition + ": " + result.err() + result.out())
                            .isZero();
                }
                JsonNode runs = report(shared);
                assertThat(runs).hasSize(2);
                for (JsonNode run : runs) {
                    assertThat(run.get("modes")).as("repetition " + repetition).isEqualTo(soloModes);
                }
                try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + shared);
                        Statement statement = connection.createStatement()) {
                    assertThat(scalar(statement, "PRAGMA integrity_check")).isEqualTo("ok");
                    assertThat(scalar(statement, """
                            SELECT count(*) FROM (SELECT 1 FROM chains GROUP BY run_id, task_id, mode, seed, fork
                            HAVING count(*) > 1)""")).isEqualTo("0");
                    assertThat(scalar(statement, "SELECT count(*) FROM chains")).isEqualTo("48");
                }
            }
        }
    }

    @Test
    @Timeout(300)
    void tenMegabyteAnswersAreStoredCutToTheCapUnderHalfAGigabyteOfHeap() throws Exception {
        Path db = dir.resolve("huge.tracelab.db");
        try (LoopbackFaultServer server = LoopbackFaultServer.start()) {
            server.always(new LoopbackFaultServer.Behaviour.Huge(10_000_000));
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx512m",
                    "-XX:+ExitOnOutOfMemoryError",
                    "-cp",
                    System.getProperty("java.class.path"),
                    "org.tracelab.app.Main"));
            command.addAll(List.of(
                    "bench",
                    "--db",
                    db.toString(),
                    "--endpoint",
                    server.baseUrl(),
                    "--model",
                    LoopbackFaultServer.MODEL,
                    "--dataset",
                    samples().toString(),
                    "--limit",
                    "3",
                    "--seeds",
                    "42"));
            Path log = dir.resolve("huge.log");
            Process child = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            assertThat(child.waitFor(240, TimeUnit.SECONDS)).isTrue();

            assertThat(child.exitValue()).as(Files.readString(log)).isZero();
            assertThat(server.calls()).isGreaterThanOrEqualTo(3);
            try (TraceStore store = TraceStore.open(db);
                    TraceReader reader = store.openReader()) {
                List<StoredAttempt> attempts = new ArrayList<>();
                reader.chains(ChainQuery.all(), PageRequest.first(100))
                        .rows()
                        .forEach(chain -> attempts.addAll(reader.attempts(chain.chainId())));
                assertThat(attempts).isNotEmpty().allSatisfy(stored -> {
                    assertThat(stored.attempt().output()).hasSize(CallSettings.DEFAULT_MAX_ANSWER_CHARS);
                    assertThat(stored.attempt().flags()).contains(FlagNames.TRUNCATED_ANSWER_CAP);
                });
            }
            // 10 MB answers, kept at 256 Ki characters each: the store stays small.
            assertThat(Files.size(db)).isLessThan(30L << 20);
        }
    }

    private static String scalar(Statement statement, String sql) throws Exception {
        try (ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getString(1);
        }
    }
}
