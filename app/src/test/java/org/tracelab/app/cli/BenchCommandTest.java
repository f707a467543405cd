package org.tracelab.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracelab.app.cli.CliRunner.Result;
import org.tracelab.app.testing.LoopbackModelServer;
import org.tracelab.core.testing.SharedData;
import org.tracelab.core.trace.ChainStatus;
import org.tracelab.storage.TraceReader;
import org.tracelab.storage.TraceStore;
import org.tracelab.storage.query.ChainQuery;
import org.tracelab.storage.query.ChainSummary;
import org.tracelab.storage.query.PageRequest;

class BenchCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Path samples() {
        return SharedData.repositoryRoot().resolve("samples/tasks/tracelab-sample-tasks.jsonl");
    }

    @Test
    void runsAllModesAgainstALoopbackServerAndPrintsTheResultsTable() throws Exception {
        Path db = dir.resolve("bench.tracelab.db");
        try (LoopbackModelServer model = new LoopbackModelServer(0)) {
            Result result = CliRunner.run("bench", "--db", db.toString(), "--endpoint", model.baseUrl(),
                    "--model", "test-model", "--dataset", samples().toString(), "--limit", "4", "--seeds", "42,43",
                    "--concurrency", "2");

            assertThat(result.exitCode()).as(result.err() + result.out()).isZero();
            assertThat(result.out()).contains("run 1 finished: 24 chains finished").contains("full_pcl");
            JsonNode modes = JSON.readTree(CliRunner.run("report", "--db", db.toString(), "--format", "json").out())
                    .get("runs").get(0).get("modes");
            assertThat(modes.get("direct").get("chains").asInt()).isEqualTo(8);
            assertThat(modes.get("direct").get("attempts").asInt()).isEqualTo(8);
            // The first attempt is shared by the three modes: made once per (task, seed), not once per mode.
            assertThat(model.calls()).isLessThan(8 * 3 + modes.get("prompt_retry").get("attempts").asInt()
                    + modes.get("full_pcl").get("attempts").asInt());
        }
    }

    @Test
    void killedRunResumesWithEveryChainExactlyOnce() throws Exception {
        Path db = dir.resolve("killed.tracelab.db");
        try (LoopbackModelServer model = new LoopbackModelServer(200)) {
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), "org.tracelab.app.Main", "bench", "--db", db.toString(),
                    "--endpoint", model.baseUrl(), "--model", "test-model", "--dataset", samples().toString(),
                    "--limit", "8", "--seeds", "42,43", "--modes", "direct,prompt_retry", "--concurrency", "2"));
            Process child = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(dir.resolve("child.log").toFile()).start();
            try {
                waitForFinishedChains(db, 2, child, dir.resolve("child.log"));
            } finally {
                child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
            assertThat(finishedChains(db)).hasSizeLessThan(32);

            Result resumed = CliRunner.run("bench", "--db", db.toString(), "--endpoint", model.baseUrl(), "--model",
                    "test-model", "--dataset", samples().toString(), "--limit", "8", "--seeds", "42,43",
                    "--modes", "direct,prompt_retry", "--concurrency", "2", "--resume", "1");

            assertThat(resumed.exitCode()).as(resumed.err() + resumed.out()).isZero();
            List<ChainSummary> chains = allChains(db);
            assertThat(chains).hasSize(32).allMatch(c -> c.status() == ChainStatus.FINISHED);
            Set<String> keys = new HashSet<>();
            chains.forEach(c -> keys.add(c.datasetKey() + "/" + c.mode() + "/" + c.seed() + "/" + c.fork()));
            assertThat(keys).hasSize(32);
        }
    }

    private static void waitForFinishedChains(Path db, int atLeast, Process child, Path log) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            if (!child.isAlive()) {
                throw new AssertionError("the benchmark ended before it could be killed:\n" + Files.readString(log));
            }
            if (Files.exists(db) && finishedChains(db).size() >= atLeast) {
                return;
            }
            child.waitFor(100, TimeUnit.MILLISECONDS);
        }
        throw new AssertionError("no finished chains appeared in time");
    }

    private static List<ChainSummary> finishedChains(Path db) {
        return allChains(db).stream().filter(c -> c.status() == ChainStatus.FINISHED).toList();
    }

    private static List<ChainSummary> allChains(Path db) {
        try (TraceStore store = TraceStore.open(db); TraceReader reader = store.openReader()) {
            return reader.chains(ChainQuery.all(), PageRequest.first(1000)).rows();
        }
    }
}
