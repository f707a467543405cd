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
import java.util.Map;
import java.util.concurrent.Executors;
import org.tracelab.app.service.bench.StoreTraceSink;
import org.tracelab.core.dataset.IfevalPromptsReader;
import org.tracelab.core.dataset.IfevalTask;
import org.tracelab.core.model.ConcurrencyLimitedChatModel;
import org.tracelab.core.model.OpenAiClientConfig;
import org.tracelab.core.model.OpenAiCompatibleClient;
import org.tracelab.core.model.ReasoningFilter;
import org.tracelab.core.run.BenchmarkJob;
import org.tracelab.core.run.BenchmarkPlan;
import org.tracelab.core.run.CallSettings;
import org.tracelab.core.run.JobOutcome;
import org.tracelab.core.run.Mode;
import org.tracelab.core.run.RunDescription;
import org.tracelab.core.trace.DatasetDescription;
import org.tracelab.core.trace.ModelDescription;
import org.tracelab.core.verify.Verifier;
import org.tracelab.core.verify.Verifiers;
import org.tracelab.storage.TraceReader;
import org.tracelab.storage.TraceStore;

/**
 * End-to-end runner throughput with an INSTANT TEST MODEL (a loopback OpenAI-compatible server answering
 * canned, seed-dependent texts): model calls over HTTP, verification, flags and SQLite writes, all three
 * modes. Run with {@code mvn -B -Pbench -pl app -am verify -DskipTests}; target ≥ 500 attempts/s on 2 cores.
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

    private RunnerBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        // The JDK's test HTTP server otherwise waits on Nagle's algorithm (~40 ms per reply); real servers don't.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath();
        int seedCount = args.length > 1 ? Integer.parseInt(args[1]) : 40;
        List<IfevalTask> tasks = IfevalPromptsReader.read(root.resolve("samples/tasks/tracelab-sample-tasks.jsonl"));
        HttpServer server = instantServer();
        Path dir = Files.createTempDirectory("tracelab-runner-bench");
        Path db = dir.resolve("bench.tracelab.db");
        int concurrency = Integer.getInteger("tracelab.bench.concurrency", 4 * Runtime.getRuntime().availableProcessors());
        try (TraceStore store = TraceStore.open(db); TraceReader reader = store.openReader()) {
            var client = new ConcurrencyLimitedChatModel(new OpenAiCompatibleClient(OpenAiClientConfig.forEndpoint(
                    URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/v1"))), concurrency);
            Verifier verifier = Verifiers.create((Path) null);
            StoreTraceSink sink = new StoreTraceSink(store.writer(), reader);
            // A short warm-up run first, so the figure is not the JIT compiler's.
            run(tasks, List.of(1L), concurrency, client, verifier, sink);
            List<Long> seeds = java.util.stream.LongStream.range(0, seedCount).map(s -> 42 + s).boxed().toList();
            long start = System.nanoTime();
            JobOutcome outcome = run(tasks, seeds, concurrency, client, verifier, sink);
            double seconds = (System.nanoTime() - start) / 1e9;
            Runtime rt = Runtime.getRuntime();
            System.out.printf(Locale.ROOT, "runner benchmark: %d tasks x %d seeds x 3 modes, concurrency %d, %d cores%n",
                    tasks.size(), seedCount, concurrency, rt.availableProcessors());
            System.out.printf(Locale.ROOT, "%s: %d chains, %d attempts in %.2f s = %.0f attempts/s (%.0f chains/s)%n",
                    outcome.status(), outcome.chainsFinished(), outcome.attempts(), seconds,
                    outcome.attempts() / seconds, outcome.chainsFinished() / seconds);
            System.out.printf(Locale.ROOT, "store %.1f MB, heap used %.1f MB%n", Files.size(db) / 1e6,
                    (rt.totalMemory() - rt.freeMemory()) / 1e6);
        } finally {
            server.stop(0);
            ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
        }
    }

    private static JobOutcome run(List<IfevalTask> tasks, List<Long> seeds, int concurrency,
            org.tracelab.core.model.ChatModel client, Verifier verifier, StoreTraceSink sink) {
        BenchmarkPlan plan = new BenchmarkPlan(tasks, List.of(Mode.parse("direct"), Mode.parse("prompt_retry"),
                Mode.parse("full_pcl")), seeds, 1, CallSettings.defaults("instant-test-model", 1, null, null),
                concurrency);
        BenchmarkJob job = new BenchmarkJob(plan, client, verifier, ReasoningFilter.enabled(), sink, progress -> { },
                Clock.systemUTC());
        return job.start(new RunDescription("runner benchmark (instant test model)",
                new ModelDescription("openai-compatible", "instant-test-model", "loopback", null, null, Map.of()),
                new DatasetDescription("tracelab-sample-tasks", null, tasks.size()), "synthetic benchmark run"));
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
