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
            Result result = CliRunner.run(
                    "bench",
                    "--db",
                    db.toString(),
                    "--endpoint",
                    model.baseUrl(),
                    "--model",
                    "test-model",
                    "--dataset",
                    samples().toString(),
                    "--limit",
                    "4",
                    "--seeds",
                    "42,43",
                    "--concurrency",
                    "2");

            assertThat(result.exitCode()).as(result.err() + result.out()).isZero();
            assertThat(result.out())
                    .contains("run 1 finished: 24 chains finished")
                    .contains("full_pcl");
            JsonNode modes = JSON.readTree(CliRunner.run("report", "--db", db.toString(), "--format", "json")
                            .out())
                    .get("runs")
                    .get(0)
                    .get("modes");
            assertThat(modes.get("direct").get("chains").asInt()).isEqualTo(8);
            assertThat(modes.get("direct").get("attempts").asInt()).isEqualTo(8);
            // The first attempt is shared by the three modes: made once per (task, seed), not once per mode.
            assertThat(model.calls())
                    .isLessThan(8 * 3
                            + modes.get("prompt_retry").get("attempts").asInt()
                            + modes.get("full_pcl").get("attempts").asInt());
        }
    }

    @Test
    void runsAllThreeModesOnIfbenchsTestFile() throws Exception {
        Path ifbench = SharedData.require("data/ifbench/IFBench_test.jsonl");
        Path db = dir.resolve("ifbench.tracelab.db");
        try (LoopbackModelServer model = new LoopbackModelServer(0)) {
            Result result = CliRunner.run(
                    "bench",
                    "--db",
                    db.toString(),
                    "--endpoint",
                    model.baseUrl(),
                    "--model",
                    "test-model",
                    "--dataset",
                    ifbench.toString(),
                    "--limit",
                    "12",
                    "--sample-seed",
                    "3",
                    "--concurrency",
                    "2");

            assertThat(result.exitCode()).as(result.err() + result.out()).isZero();
            assertThat(result.out())
                    .contains("run 1 finished: 36 chains finished")
                    .contains("full_pcl");
            JsonNode run = JSON.readTree(CliRunner.run("report", "--db", db.toString(), "--format", "json")
                            .out())
                    .get("runs")
                    .get(0);
            for (String mode : List.of("direct", "prompt_retry", "full_pcl")) {
                assertThat(run.get("modes").get(mode).get("chains").asInt())
                        .as(mode)
                        .isEqualTo(12);
            }
            try (TraceStore store = TraceStore.open(db);
                    TraceReader reader = store.openReader()) {
                assertThat(reader.run(1).orElseThrow().info().verifierVersion()).contains("tracelab-ifbench/1");
            }
        }
    }

    @Test
    void sendsTheSystemPromptFromAFileFirstInEveryRequestAndStoresIt() throws Exception {
        Path db = dir.resolve("system.tracelab.db");
        String system = "You are a meticulous assistant.\nFollow every formatting rule.";
        Path file = Files.writeString(dir.resolve("system.txt"), system);
        try (LoopbackModelServer model = new LoopbackModelServer(0)) {
            Result result = CliRunner.run(
                    "bench",
                    "--db",
                    db.toString(),
                    "--endpoint",
                    model.baseUrl(),
                    "--model",
                    "test-model",
                    "--dataset",
                    samples().toString(),
                    "--limit",
                    "3",
                    "--system-prompt-file",
                    file.toString());

            assertThat(result.exitCode()).as(result.err() + result.out()).isZero();
            assertThat(model.chatRequests()).isNotEmpty().allSatisfy(request -> {
                JsonNode messages = request.get("messages");
                assertThat(messages.get(0).get("role").asText()).isEqualTo("system");
                assertThat(messages.get(0).get("content").asText()).isEqualTo(system);
                for (int i = 1; i < messages.size(); i++) {
                    assertThat(messages.get(i).get("role").asText()).isNotEqualTo("system");
                }
            });
            try (TraceStore store = TraceStore.open(db);
                    TraceReader reader = store.openReader()) {
                assertThat(reader.run(1)
                                .orElseThrow()
                                .info()
                                .model()
                                .samplingParams()
                                .get("system_prompt")
                                .asText())
                        .isEqualTo(system);
                ChainSummary chain = reader.chains(ChainQuery.all().withModes("full_pcl"), PageRequest.first(1))
                        .rows()
                        .get(0);
                assertThat(reader.attempts(chain.chainId())).allSatisfy(stored -> {
                    assertThat(stored.attempt().request().get(0).role()).isEqualTo("system");
                    assertThat(stored.attempt().request().get(0).content()).isEqualTo(system);
                });
            }

            Result otherPrompt = CliRunner.run(
                    "bench",
                    "--db",
                    db.toString(),
                    "--endpoint",
                    model.baseUrl(),
                    "--model",
                    "test-model",
                    "--dataset",
                    samples().toString(),
                    "--limit",
                    "3",
                    "--system-prompt",
                    "something else",
                    "--resume",
                    "1");
            assertThat(otherPrompt.exitCode()).isEqualTo(2);
            assertThat(otherPrompt.err()).contains("run 1 was started with a different system prompt");

            // Exported lines carry the system message the answers were produced under.
            Path kto = dir.resolve("kto.jsonl");
            Result export = CliRunner.run(
                    "export", "--db", db.toString(), "--run", "1", "--kind", "kto", "--out", kto.toString());
            assertThat(export.exitCode()).as(export.err()).isZero();
            assertThat(Files.readAllLines(kto)).isNotEmpty().allSatisfy(line -> {
                JsonNode messages = new ObjectMapper().readTree(line).get("prompt");
                assertThat(messages.get(0).get("role").asText()).isEqualTo("system");
                assertThat(messages.get(0).get("content").asText()).isEqualTo(system);
                assertThat(messages.get(1).get("role").asText()).isEqualTo("user");
            });
        }
    }

    @Test
    void refusesBothSystemPromptOptions() throws Exception {
        Result result = CliRunner.run(
                "bench",
                "--db",
                dir.resolve("x.tracelab.db").toString(),
                "--endpoint",
                "http://127.0.0.1:9/v1",
                "--model",
                "m",
                "--dataset",
                samples().toString(),
                "--system-prompt",
                "a",
                "--system-prompt-file",
                dir.resolve("a.txt").toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("--system-prompt").contains("mutually exclusive");
    }

    @Test
    void killedRunResumesWithEveryChainExactlyOnce() throws Exception {
        Path db = dir.resolve("killed.tracelab.db");
        try (LoopbackModelServer model = new LoopbackModelServer(200)) {
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp",
                    System.getProperty("java.class.path"),
                    "org.tracelab.app.Main",
                    "bench",
                    "--db",
                    db.toString(),
                    "--endpoint",
                    model.baseUrl(),
                    "--model",
                    "test-model",
                    "--dataset",
                    samples().toString(),
                    "--limit",
                    "8",
                    "--seeds",
                    "42,43",
                    "--modes",
                    "direct,prompt_retry",
                    "--concurrency",
                    "2"));
            Process child = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(dir.resolve("child.log").toFile())
                    .start();
            try {
                waitForFinishedChains(db, 2, child, dir.resolve("child.log"));
            } finally {
                child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
            assertThat(finishedChains(db)).hasSizeLessThan(32);

            Result resumed = CliRunner.run(
                    "bench",
                    "--db",
                    db.toString(),
                    "--endpoint",
                    model.baseUrl(),
                    "--model",
                    "test-model",
                    "--dataset",
                    samples().toString(),
                    "--limit",
                    "8",
                    "--seeds",
                    "42,43",
                    "--modes",
                    "direct,prompt_retry",
                    "--concurrency",
                    "2",
                    "--resume",
                    "1");

            assertThat(resumed.exitCode()).as(resumed.err() + resumed.out()).isZero();
            List<ChainSummary> chains = allChains(db);
            assertThat(chains).hasSize(32).allMatch(c -> c.status() == ChainStatus.FINISHED);
            Set<String> keys = new HashSet<>();
            chains.forEach(c -> keys.add(c.datasetKey() + "/" + c.mode() + "/" + c.seed() + "/" + c.fork()));
            assertThat(keys).hasSize(32);
        }
    }

    @Test
    void aTerminatedBenchStillPrintsThePartialResultsTable() throws Exception {
        Path db = dir.resolve("terminated.tracelab.db");
        try (LoopbackModelServer model = new LoopbackModelServer(200)) {
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp",
                    System.getProperty("java.class.path"),
                    "org.tracelab.app.Main",
                    "bench",
                    "--db",
                    db.toString(),
                    "--endpoint",
                    model.baseUrl(),
                    "--model",
                    "test-model",
                    "--dataset",
                    samples().toString(),
                    "--limit",
                    "8",
                    "--seeds",
                    "42,43",
                    "--modes",
                    "direct,prompt_retry"));
            Path log = dir.resolve("terminated.log");
            Process child = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            try {
                waitForFinishedChains(db, 2, child, log);
                // SIGTERM, as Ctrl-C's SIGINT: the shutdown hook cancels the run and waits for the report.
                child.destroy();
                assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
            } finally {
                child.destroyForcibly();
            }
            String output = Files.readString(log);
            assertThat(output)
                    .contains("run 1 cancelled: ")
                    .contains("mode")
                    .contains("direct")
                    .contains("prompt_retry");
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
        return allChains(db).stream()
                .filter(c -> c.status() == ChainStatus.FINISHED)
                .toList();
    }

    private static List<ChainSummary> allChains(Path db) {
        try (TraceStore store = TraceStore.open(db);
                TraceReader reader = store.openReader()) {
            return reader.chains(ChainQuery.all(), PageRequest.first(1000)).rows();
        }
    }
}
