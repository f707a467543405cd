package org.tracelab.app.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A TEST MODEL: an OpenAI-compatible server on loopback with canned answers (no language model behind it),
 * optionally slow. Lists one model at {@code /v1/models}; every chat request gets a seed-dependent fixed text, or
 * whatever the given answer function returns for the request body (e.g. recorded outputs replayed).
 */
public final class LoopbackModelServer implements AutoCloseable {

    public static final String MODEL = "loopback-test-model";
    private static final ObjectMapper JSON = new ObjectMapper();

    static {
        // The JDK's HTTP server otherwise waits on Nagle's algorithm (~40 ms per reply); real servers don't.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(4);
    private final AtomicInteger calls = new AtomicInteger();
    private final ConcurrentLinkedQueue<JsonNode> chatRequests = new ConcurrentLinkedQueue<>();
    private final Function<JsonNode, String> answers;
    private volatile long delayMillis;

    public LoopbackModelServer(long delayMillis) throws IOException {
        this(delayMillis, LoopbackModelServer::cannedAnswer);
    }

    /** A server whose answer to each chat request body is {@code answers}' result. */
    public LoopbackModelServer(long delayMillis, Function<JsonNode, String> answers) throws IOException {
        this.delayMillis = delayMillis;
        this.answers = answers;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/v1/chat/completions", this::complete);
        server.createContext("/v1/models", this::models);
        server.setExecutor(threads);
        server.start();
    }

    /** How long each chat answer takes from now on. */
    public void delay(long millis) {
        this.delayMillis = millis;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port() + "/v1";
    }

    public int calls() {
        return calls.get();
    }

    /** Every chat request body received so far, in arrival order. */
    public List<JsonNode> chatRequests() {
        return List.copyOf(chatRequests);
    }

    private void models(HttpExchange exchange) throws IOException {
        ObjectNode reply = JSON.createObjectNode();
        reply.put("object", "list");
        reply.putArray("data")
                .addObject()
                .put("id", MODEL)
                .put("object", "model")
                .put("owned_by", "tracelab-test");
        send(exchange, reply);
    }

    private void complete(HttpExchange exchange) throws IOException {
        JsonNode request = JSON.readTree(exchange.getRequestBody());
        chatRequests.add(request);
        calls.incrementAndGet();
        if (delayMillis > 0) {
            try {
                Thread.sleep(delayMillis); // simulated generation time: the server's thread waits, not the test
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        String content = answers.apply(request);
        ObjectNode reply = JSON.createObjectNode();
        reply.put("id", "test-" + calls.get());
        reply.put("object", "chat.completion");
        reply.put("model", request.path("model").asText());
        ObjectNode choice = reply.putArray("choices").addObject();
        choice.put("index", 0);
        choice.putObject("message").put("role", "assistant").put("content", content);
        choice.put("finish_reason", "stop");
        reply.putObject("usage")
                .put("prompt_tokens", 12)
                .put("completion_tokens", 9)
                .put("total_tokens", 21);
        send(exchange, reply);
    }

    private static String cannedAnswer(JsonNode request) {
        return request.path("seed").asLong() % 2 == 1
                ? "this is a short answer from the test model without any punctuation marks"
                : "This is a test answer, from the TEST model.";
    }

    private static void send(HttpExchange exchange, JsonNode reply) throws IOException {
        byte[] body = JSON.writeValueAsBytes(reply);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
