package org.tracelab.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.tracelab.app.cli.CliRunner.Result;
import org.tracelab.core.testing.LoopbackFaultServer;
import org.tracelab.core.testing.SharedData;
import org.tracelab.core.trace.RunStatus;
import org.tracelab.storage.TraceReader;
import org.tracelab.storage.TraceStore;

/**
 * A dead or dying server is not a bad model: the run ends {@code interrupted} (exit 3) with its unfinished chains
 * in no rate, and once the server is back {@code --resume} gives the report a run that was never interrupted gives.
 */
@Timeout(120)
class BenchFaultsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private static Path samples() {
        return SharedData.repositoryRoot().resolve("samples/tasks/tracelab-sample-tasks.jsonl");
    }

    private static Result bench(Path db, String endpoint, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of(
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
                "5",
                "--seeds",
                "41,42"));
        args.addAll(List.of(more));
        return CliRunner.run(args.toArray(String[]::new));
    }

    private static JsonNode modes(Path db) throws Exception {
        Result report = CliRunner.run("report", "--db", db.toString(), "--format", "json");
        assertThat(report.exitCode()).as(report.err()).isZero();
        return JSON.readTree(report.out()).get("runs").get(0).get("modes");
    }

    private JsonNode uninterruptedModes() throws Exception {
        Path reference = dir.resolve("reference.tracelab.db");
        try (LoopbackFaultServer healthy = LoopbackFaultServer.start()) {
            Result result = bench(reference, healthy.baseUrl());
            assertThat(result.exitCode()).as(result.err() + result.out()).isZero();
        }
        return modes(reference);
    }

    private static RunStatus status(Path db) {
        try (TraceStore store = TraceStore.open(db);
                TraceReader reader = store.openReader()) {
            return reader.run(1).orElseThrow().info().status();
        }
    }

    @Test
    void aDeadEndpointInterruptsTheRunAndResumeGivesTheUninterruptedReport() throws Exception {
        JsonNode expected = uninterruptedModes();
        Path db = dir.resolve("dead.tracelab.db");
        LoopbackFaultServer server = LoopbackFaultServer.start();
        server.close();
        try {
            Result dead = bench(db, server.baseUrl());

            assertThat(dead.exitCode()).as(dead.err() + dead.out()).isEqualTo(3);
            assertThat(dead.out())
                    .contains("run 1 interrupted: 0 chains finished")
                    .contains("interrupted: 30 chains unfinished (in no rate) after 3 failed calls to "
                            + server.baseUrl())
                    .contains("--resume 1");
            assertThat(status(db)).isEqualTo(RunStatus.INTERRUPTED);
            modes(db).forEach(mode -> {
                assertThat(mode.get("chains").asInt()).isZero();
                assertThat(mode.get("finished_chains").asInt()).isZero();
                assertThat(mode.get("attempts").asInt()).isZero();
            });
            try (TraceStore store = TraceStore.open(db);
                    TraceReader reader = store.openReader()) {
                assertThat(reader.faults(1))
                        .hasSize(3)
                        .allSatisfy(fault -> assertThat(fault.kind()).isEqualTo("connection"));
            }

            server.restart();
            Result resumed = bench(db, server.baseUrl(), "--resume", "1");

            assertThat(resumed.exitCode()).as(resumed.err() + resumed.out()).isZero();
            assertThat(resumed.out()).contains("run 1 finished: 30 chains finished");
            assertThat(modes(db)).isEqualTo(expected);
            assertThat(status(db)).isEqualTo(RunStatus.FINISHED);
        } finally {
            server.close();
        }
    }

    @Test
    void aServerThatDiesMidRunLosesNothingAndResumeCompletesEveryChainOnce() throws Exception {
        JsonNode expected = uninterruptedModes();
        Path db = dir.resolve("dying.tracelab.db");
        LoopbackFaultServer server = LoopbackFaultServer.start();
        try {
            // The server crashes (stops listening, resets its connections) after its 7th chat call.
            CompletableFuture<Void> killer = CompletableFuture.runAsync(() -> {
                while (server.calls() < 7) {
                    Thread.onSpinWait();
                }
                server.close();
            });
            Result dying = bench(db, server.baseUrl());
            killer.get(60, TimeUnit.SECONDS);

            assertThat(dying.exitCode()).as(dying.err() + dying.out()).isEqualTo(3);
            assertThat(status(db)).isEqualTo(RunStatus.INTERRUPTED);
            int finishedBefore = 0;
            for (JsonNode mode : modes(db)) {
                finishedBefore += mode.get("finished_chains").asInt();
            }
            assertThat(finishedBefore).isLessThan(30);

            server.restart();
            Result resumed = bench(db, server.baseUrl(), "--resume", "1");

            assertThat(resumed.exitCode()).as(resumed.err() + resumed.out()).isZero();
            assertThat(resumed.out())
                    .contains((30 - finishedBefore) + " chains finished, " + finishedBefore + " skipped");
            assertThat(modes(db)).isEqualTo(expected);
        } finally {
            server.close();
        }
    }

    @Test
    void aServerKilledWithSigkillMidRunLosesNothingAndResumeGivesTheUninterruptedReport() throws Exception {
        JsonNode expected = uninterruptedModes();
        Path db = dir.resolve("killed-server.tracelab.db");
        // The server is a process of its own, answering each call after 150 ms, killed as a crashing server dies.
        Process server = serverProcess(0, 150);
        int port = listeningPort(server);
        String url = "http://127.0.0.1:" + port + "/v1";
        CompletableFuture<Result> running = CompletableFuture.supplyAsync(() -> bench(db, url));
        try {
            waitForFinishedChains(db, 3, running);
        } finally {
            server.destroyForcibly().waitFor(30, TimeUnit.SECONDS); // SIGKILL
        }
        Result killed = running.get(90, TimeUnit.SECONDS);

        assertThat(killed.exitCode()).as(killed.err() + killed.out()).isEqualTo(3);
        assertThat(killed.out()).contains("chains unfinished (in no rate) after 3 failed calls to " + url);
        assertThat(status(db)).isEqualTo(RunStatus.INTERRUPTED);
        int finishedBefore = 0;
        for (JsonNode mode : modes(db)) {
            finishedBefore += mode.get("finished_chains").asInt();
        }
        assertThat(finishedBefore).isBetween(3, 29);

        Process restarted = serverProcess(port, 0);
        try {
            assertThat(listeningPort(restarted)).isEqualTo(port);
            Result resumed = bench(db, url, "--resume", "1");

            assertThat(resumed.exitCode()).as(resumed.err() + resumed.out()).isZero();
            assertThat(resumed.out())
                    .contains((30 - finishedBefore) + " chains finished, " + finishedBefore + " skipped");
            assertThat(modes(db)).isEqualTo(expected);
            assertThat(status(db)).isEqualTo(RunStatus.FINISHED);
        } finally {
            restarted.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    private static Process serverProcess(int port, long answerMillis) throws Exception {
        return new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        LoopbackFaultServer.Main.class.getName(),
                        String.valueOf(port),
                        String.valueOf(answerMillis))
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
    }

    /** The port the server process prints once it listens. */
    private static int listeningPort(Process server) throws Exception {
        String line = new java.io.BufferedReader(
                        new java.io.InputStreamReader(server.getInputStream(), java.nio.charset.StandardCharsets.UTF_8))
                .readLine();
        assertThat(line).as("the server process started").startsWith("listening on ");
        return Integer.parseInt(line.substring("listening on ".length()).strip());
    }

    private static void waitForFinishedChains(Path db, int atLeast, CompletableFuture<Result> running)
            throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline && !running.isDone()) {
            if (java.nio.file.Files.exists(db)) {
                try (TraceStore store = TraceStore.open(db);
                        TraceReader reader = store.openReader()) {
                    long finished = reader
                            .chains(
                                    org.tracelab.storage.query.ChainQuery.all(),
                                    org.tracelab.storage.query.PageRequest.first(100))
                            .rows()
                            .stream()
                            .filter(chain -> chain.status() == org.tracelab.core.trace.ChainStatus.FINISHED)
                            .count();
                    if (finished >= atLeast) {
                        return;
                    }
                }
            }
            try {
                running.get(100, TimeUnit.MILLISECONDS); // the run ending early ends the wait
            } catch (java.util.concurrent.TimeoutException stillRunning) {
                // look again
            }
        }
        throw new AssertionError("no " + atLeast + " finished chains while the server lived");
    }

    @Test
    void aStalledServerCostsAtMostTheIdleTimeoutPerCall() throws Exception {
        Path db = dir.resolve("stalled.tracelab.db");
        try (LoopbackFaultServer server = LoopbackFaultServer.start()) {
            server.always(LoopbackFaultServer.STALL_AFTER_HEADERS);
            long started = System.nanoTime();

            Result stalled = bench(db, server.baseUrl(), "--idle-timeout", "1");

            long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
            assertThat(stalled.exitCode()).as(stalled.err() + stalled.out()).isEqualTo(3);
            // Three calls (the fault limit), each ended by the 1 s idle timeout and not retried.
            assertThat(server.calls()).isEqualTo(3);
            // Far below one default idle timeout (120 s): each call cost the 1 s asked for (below), plus start-up.
            assertThat(seconds).isLessThan(60);
            try (TraceStore store = TraceStore.open(db);
                    TraceReader reader = store.openReader()) {
                assertThat(reader.faults(1)).hasSize(3).allSatisfy(fault -> {
                    assertThat(fault.kind()).isEqualTo("timeout");
                    assertThat(fault.latencyMs()).isBetween(1_000L, 3_000L);
                });
            }
        }
    }

    @Test
    void timeoutsAndTheFaultLimitMustBePositive() {
        for (String option : List.of("--idle-timeout", "--request-timeout", "--fault-limit")) {
            Result result = bench(dir.resolve("never.tracelab.db"), "http://127.0.0.1:9/v1", option, "0");

            assertThat(result.exitCode()).as(option).isEqualTo(2);
            assertThat(result.err()).contains("Invalid value for option '" + option + "': must be a whole number");
            assertThat(dir.resolve("never.tracelab.db")).doesNotExist();
        }
    }

    @Test
    void theFaultLimitSetsHowManyFaultsInARowEndTheRun() throws Exception {
        Path db = dir.resolve("limit.tracelab.db");
        LoopbackFaultServer server = LoopbackFaultServer.start();
        server.close();

        Result dead = bench(db, server.baseUrl(), "--fault-limit", "5");

        assertThat(dead.exitCode()).as(dead.err() + dead.out()).isEqualTo(3);
        assertThat(dead.out()).contains("interrupted: 30 chains unfinished (in no rate) after 5 failed calls to ");
        try (TraceStore store = TraceStore.open(db);
                TraceReader reader = store.openReader()) {
            assertThat(reader.faults(1)).hasSize(5);
        }
    }

    @Test
    void resumeRefusesOtherSettingsWithOneLineNamingTheDifference() throws Exception {
        Path db = dir.resolve("resume.tracelab.db");
        LoopbackFaultServer server = LoopbackFaultServer.start();
        server.close();
        try {
            assertThat(bench(db, server.baseUrl()).exitCode()).isEqualTo(3);
            // Each change, and the words of the one line that must name it.
            String[][] changes = {
                {"--temperature", "0.7", "with temperature 0.2 (given: 0.7)"},
                {"--max-tokens", "64", "with max tokens 1280 (given: 64)"},
                {"--limit", "4", "on 5 tasks sampled with seed 0 (given: 4 tasks sampled with seed 0)"},
                {"--modes", "direct", "with modes direct, prompt_retry, full_pcl (given: direct)"},
                {"--seeds", "41", "with seeds 41,42 (given: 41)"},
                // Several forks also change the default temperature: both are named.
                {"--forks", "2", "with 1 fork(s) (given: 2); with temperature 0.2 (given: 0.8)"},
                {"--sample-seed", "9", "on 5 tasks sampled with seed 0 (given: 5 tasks sampled with seed 9)"},
                {"--model", "another-model", "with model " + LoopbackFaultServer.MODEL + " (given: another-model)"},
                {"--system-prompt", "Be brief.", "without a system prompt"},
            };
            for (String[] change : changes) {
                List<String> args = new java.util.ArrayList<>(List.of(
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
                        "5",
                        "--seeds",
                        "41,42",
                        "--resume",
                        "1"));
                int at = args.indexOf(change[0]);
                if (at >= 0) {
                    args.set(at + 1, change[1]);
                } else {
                    args.addAll(List.of(change[0], change[1]));
                }
                Result refused = CliRunner.run(args.toArray(String[]::new));

                assertThat(refused.exitCode())
                        .as(String.join(" ", change) + ": " + refused.err())
                        .isEqualTo(2);
                assertThat(refused.err().strip())
                        .as(change[0])
                        .doesNotContain("\n")
                        .isEqualTo("--resume 1: run 1 was started " + change[2]);
            }
            Path ggufFile = java.nio.file.Files.writeString(dir.resolve("m.gguf"), "GGUF (never loaded)");
            Result gguf = CliRunner.run(
                    "bench",
                    "--db",
                    db.toString(),
                    "--gguf",
                    ggufFile.toString(),
                    "--dataset",
                    samples().toString(),
                    "--limit",
                    "5",
                    "--seeds",
                    "41,42",
                    "--resume",
                    "1");
            assertThat(gguf.err().strip())
                    .isEqualTo(
                            "--resume 1: run 1 was started on an OpenAI-compatible " + "endpoint (given: a GGUF file)");
            assertThat(server.calls()).isZero();
            assertThat(status(db)).isEqualTo(RunStatus.INTERRUPTED);
        } finally {
            server.close();
        }
    }
}
