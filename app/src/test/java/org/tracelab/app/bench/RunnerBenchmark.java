package org.tracelab.app.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executors;
import org.tracelab.app.service.bench.BenchmarkLauncher;
import org.tracelab.app.service.bench.BenchmarkListener;
import org.tracelab.app.service.bench.BenchmarkRequest;
import org.tracelab.app.service.bench.LocalModelConnections;
import org.tracelab.app.service.bench.ModelTarget;
import org.tracelab.app.service.bench.RunPlan;
import org.tracelab.app.service.store.OpenStore;
import org.tracelab.core.dataset.IfevalPromptsReader;
import org.tracelab.core.run.JobOutcome;
import org.tracelab.core.verify.Verifier;
import org.tracelab.core.verify.Verifiers;

/**
 * End-to-end runner throughput with an INSTANT TEST MODEL (a loopback OpenAI-compatible server answering
 * canned, seed-dependent texts), started the app's way ({@link BenchmarkLauncher}, as {@code tracelab bench} and the
 * desktop app start one): model calls over HTTP, verification, flags and SQLite writes, all three modes. Run with {@code mvn -B -Pbench -pl app -am verify -DskipTests}; target ≥ 500 attempts/s on 2 cores.
 *
 * <p>Arguments: the repository root (tasks come from its {@code samples/}), then optionally the number of seeds.
 */
public final class RunnerBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] ANSWERS = {
        "this is a plain lower case answer without any commas that talks about the topic at some length",
        "<<A Title>>\n\nHere is an answer, with a comma, and *a highlighted part* and more.\n\n* one\n* two\n* three",
        "\"MY ANSWER IS YES. THIS IS A SHOUTED ANSWER IN CAPITAL LETTERS.\"",
        "Section 1\nFirst part of the answer.\nSection 2\nSecond part. P.S. a short postscript.",
    };

    private RunnerBenchmark() {}

    public static void main(String[] args) throws Exception {
        // The JDK's test HTTP server otherwise waits on Nagle's algorithm (~40 ms per reply); real servers don't.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath();
        int seedCount = args.length > 1 ? Integer.parseInt(args[1]) : 40;
        Path dataset = root.resolve("samples/tasks/tracelab-sample-tasks.jsonl");
        int taskCount = IfevalPromptsReader.read(dataset).size();
        HttpServer server = instantServer();
        Path dir = Files.createTempDirectory("tracelab-runner-bench");
        Path db = dir.resolve("bench.tracelab.db");
        int concurrency = Integer.getInteger(
                "tracelab.bench.concurrency", 4 * Runtime.getRuntime().availableProcessors());
        ModelTarget model = new ModelTarget.Endpoints(
                List.of(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/v1")), "instant-test-model");
        try (OpenStore store = OpenStore.open(db)) {
            Verifier verifier = Verifiers.create((Path) null);
            // The app's own way in: one launcher, as `tracelab bench` and the desktop app start a benchmark.
            BenchmarkLauncher launcher =
                    new BenchmarkLauncher(store, new LocalModelConnections(), () -> verifier, Clock.systemUTC());
            // A short warm-up run first, so the figure is not the JIT compiler's.
            run(launcher, model, dataset, List.of(1L), concurrency);
            List<Long> seeds = java.util.stream.LongStream.range(0, seedCount)
                    .map(s -> 42 + s)
                    .boxed()
                    .toList();
            long start = System.nanoTime();
            JobOutcome outcome = run(launcher, model, dataset, seeds, concurrency);
            double seconds = (System.nanoTime() - start) / 1e9;
            Runtime rt = Runtime.getRuntime();
            System.out.printf(
                    Locale.ROOT,
                    "runner benchmark: %d tasks x %d seeds x 3 modes, concurrency %d, %d cores%n",
                    taskCount,
                    seedCount,
                    concurrency,
                    rt.availableProcessors());
            System.out.printf(
                    Locale.ROOT,
                    "%s: %d chains, %d attempts in %.2f s = %.0f attempts/s (%.0f chains/s)%n",
                    outcome.status(),
                    outcome.chainsFinished(),
                    outcome.attempts(),
                    seconds,
                    outcome.attempts() / seconds,
                    outcome.chainsFinished() / seconds);
            System.out.printf(
                    Locale.ROOT,
                    "store %.1f MB, heap used %.1f MB%n",
                    Files.size(db) / 1e6,
                    (rt.totalMemory() - rt.freeMemory()) / 1e6);
        } finally {
            server.stop(0);
            ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
        }
    }

    private static JobOutcome run(
            BenchmarkLauncher launcher, ModelTarget model, Path dataset, List<Long> seeds, int concurrency)
            throws Exception {
        RunPlan plan = new RunPlan(
                null, 0, List.of("direct", "prompt_retry", "full_pcl"), seeds, 1, null, null, null, concurrency, false);
        return launcher.launch(
                        new BenchmarkRequest(model, dataset, plan, "runner benchmark (instant test model)", null),
                        Optional.empty())
                .execute(BenchmarkListener.NONE);
    }

    private static long seedOf(String request) {
        int at = request.indexOf("\"seed\":");
        if (at < 0) {
            return 0;
        }
        int start = at + 7;
        int end = start;
        while (end < request.length() && (Character.isDigit(request.charAt(end)) || request.charAt(end) == '-')) {
            end++;
        }
        return end > start ? Long.parseLong(request.substring(start, end)) : 0;
    }

    private static HttpServer instantServer() throws java.io.IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        // Replies are prepared once and the seed is found without parsing the request: the test server's own
        // work would otherwise be counted as Tracelab's (a real model server runs in another process).
        byte[][] replies = new byte[ANSWERS.length][];
        for (int i = 0; i < ANSWERS.length; i++) {
            ObjectNode reply = JSON.createObjectNode();
            ObjectNode choice = reply.putArray("choices").addObject();
            choice.putObject("message").put("role", "assistant").put("content", ANSWERS[i]);
            choice.put("finish_reason", "stop");
            reply.putObject("usage").put("prompt_tokens", 50).put("completion_tokens", 30);
            replies[i] = JSON.writeValueAsBytes(reply);
        }
        server.createContext("/v1/chat/completions", exchange -> {
            String request = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            byte[] body = replies[(int) Math.floorMod(seedOf(request), ANSWERS.length)];
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.start();
        return server;
    }
}
