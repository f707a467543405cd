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
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.tracelab.app.cli.CliRunner.Result;
import org.tracelab.core.record.ComplianceEvalRecordWriter;
import org.tracelab.core.testing.LoopbackFaultServer;
import org.tracelab.core.testing.SampleTraces;
import org.tracelab.core.testing.SharedData;
import org.tracelab.storage.TraceReader;
import org.tracelab.storage.TraceStore;
import org.tracelab.storage.query.ChainQuery;
import org.tracelab.storage.query.PageRequest;

/**
 * Issue 13's everyday case across processes: two {@code bench} processes write one store at once while this process
 * imports into it and keeps reading it (as the desktop app does). Nothing fails, no chain is stored twice, the file
 * passes SQLite's integrity check, and each bench run holds exactly what a solo run holds. Runs once;
 * {@code -Dtracelab.processes.repetitions=20} for the acceptance count.
 */
class SharedStoreProcessesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

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
                SharedData.repositoryRoot()
                        .resolve("samples/tasks/tracelab-sample-tasks.jsonl")
                        .toString(),
                "--limit",
                "4",
                "--seeds",
                "41,42",
                "--concurrency",
                "2");
    }

    @Test
    @Timeout(1800)
    void twoBenchProcessesAnImportAndAReaderShareOneStoreWithoutLossOrCollision() throws Exception {
        int repetitions = Integer.getInteger("tracelab.processes.repetitions", 1);
        Path records = dir.resolve("records.jsonl");
        Files.writeString(records, ComplianceEvalRecordWriter.toJsonLine(SampleTraces.record("1", 42L)) + "\n");
        try (LoopbackFaultServer server = LoopbackFaultServer.start()) {
            Path solo = dir.resolve("solo.tracelab.db");
            Result alone = CliRunner.run(bench(solo, server.baseUrl()).toArray(String[]::new));
            assertThat(alone.exitCode()).as(alone.err() + alone.out()).isZero();
            JsonNode soloModes = runs(solo).get(0).get("modes");

            for (int repetition = 0; repetition < repetitions; repetition++) {
                Path shared = dir.resolve("shared-" + repetition + ".tracelab.db");
                List<Process> benches =
                        List.of(start(shared, server, repetition + "a"), start(shared, server, repetition + "b"));
                Result imported =
                        CliRunner.run("import", "--db", shared.toString(), "--format", "records", records.toString());
                int reads = readWhileRunning(shared, benches);

                for (int i = 0; i < benches.size(); i++) {
                    assertThat(benches.get(i).exitValue())
                            .as(
                                    "repetition %d, bench %d: %s",
                                    repetition,
                                    i,
                                    Files.readString(
                                            dir.resolve("bench-" + repetition + (i == 0 ? "a" : "b") + ".log")))
                            .isZero();
                }
                assertThat(imported.exitCode()).as(imported.err()).isZero();
                assertThat(reads).as("the reader read while the benches wrote").isPositive();
                JsonNode runs = runs(shared);
                assertThat(runs).hasSize(3);
                int benchRuns = 0;
                for (JsonNode run : runs) {
                    if (run.get("model").asText().equals(LoopbackFaultServer.MODEL)) {
                        benchRuns++;
                        assertThat(run.get("modes"))
                                .as("repetition " + repetition)
                                .isEqualTo(soloModes);
                    }
                }
                assertThat(benchRuns).isEqualTo(2);
                try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + shared);
                        Statement statement = connection.createStatement()) {
                    assertThat(scalar(statement, "PRAGMA integrity_check")).isEqualTo("ok");
                    assertThat(scalar(statement, """
                            SELECT count(*) FROM (SELECT 1 FROM chains GROUP BY run_id, task_id, mode, seed, fork
                            HAVING count(*) > 1)""")).isEqualTo("0");
                    assertThat(scalar(statement, "SELECT count(*) FROM chains")).isEqualTo(String.valueOf(2 * 24 + 1));
                }
            }
        }
    }

    private Process start(Path db, LoopbackFaultServer server, String name) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                "org.tracelab.app.Main"));
        command.addAll(bench(db, server.baseUrl()));
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("bench-" + name + ".log").toFile())
                .start();
    }

    /** Reads runs and chains until both benches have exited; how many reads found the store open. */
    private static int readWhileRunning(Path db, List<Process> benches) throws Exception {
        int reads = 0;
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (benches.stream().anyMatch(Process::isAlive)) {
            assertThat(System.nanoTime()).as("the benches end in time").isLessThan(deadline);
            if (Files.exists(db)) {
                try (TraceStore store = TraceStore.open(db);
                        TraceReader reader = store.openReader()) {
                    reader.runs();
                    reader.chains(ChainQuery.all(), PageRequest.first(200)).rows();
                    reads++;
                }
            }
            benches.get(0).waitFor(50, TimeUnit.MILLISECONDS);
        }
        return reads;
    }

    private static JsonNode runs(Path db) throws Exception {
        Result report = CliRunner.run("report", "--db", db.toString(), "--format", "json");
        assertThat(report.exitCode()).as(report.err()).isZero();
        return JSON.readTree(report.out()).get("runs");
    }

    private static String scalar(Statement statement, String sql) throws Exception {
        try (ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getString(1);
        }
    }
}
