package org.tracelab.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TEST MODEL: an OpenAI-compatible server on loopback that answers every chat request with a fixed-shape,
 * seed-dependent text (no language model behind it), optionally after a delay, with token usage.
 */
final class LoopbackTestModel implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpServer server;
    private final AtomicInteger calls = new AtomicInteger();
    private final long delayMillis;

    static {
        // The JDK's HTTP server otherwise waits on Nagle's algorithm (~40 ms per reply); real servers don't.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    LoopbackTestModel(long delayMillis) throws IOException {
        this.delayMillis = delayMillis;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/v1/chat/completions", this::complete);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    int calls() {
        return calls.get();
    }

    private void complete(HttpExchange exchange) throws IOException {
        JsonNode request = JSON.readTree(exchange.getRequestBody());
        calls.incrementAndGet();
        if (delayMillis > 0) {
            try {
                Thread.sleep(delayMillis); // simulates generation time; the server thread, not the test, waits
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        long seed = request.path("seed").asLong();
        // Odd seeds answer in lower case without commas, even seeds with capitals and a comma.
        String content = seed % 2 == 1
                ? "this is a short answer from the test model without any punctuation marks"
                : "This is a test answer, from the TEST model.";
        ObjectNode reply = JSON.createObjectNode();
        reply.put("id", "test-" + calls.get());
        reply.put("object", "chat.completion");
        reply.put("model", request.path("model").asText());
        ObjectNode choice = reply.putArray("choices").addObject();
        choice.put("index", 0);
        choice.putObject("message").put("role", "assistant").put("content", content);
        choice.put("finish_reason", "stop");
        reply.putObject("usage").put("prompt_tokens", 12).put("completion_tokens", 9).put("total_tokens", 21);
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
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
