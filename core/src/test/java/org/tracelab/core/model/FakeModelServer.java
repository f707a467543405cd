package org.tracelab.core.model;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A loopback HTTP server scripted per path, answering like llama-server or Ollama would. Each path has a queue
 * of responders; the last one keeps answering once the others are used up. Every request is recorded.
 */
final class FakeModelServer implements AutoCloseable {

    /** Writes one answer. */
    @FunctionalInterface
    interface Responder {
        void respond(HttpExchange exchange) throws IOException;
    }

    record Recorded(String method, String path, String authorization, String body, String query) {}

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final Map<String, Deque<Responder>> scripts = new ConcurrentHashMap<>();
    private final List<Recorded> requests = new CopyOnWriteArrayList<>();

    private FakeModelServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    static FakeModelServer start() throws IOException {
        return new FakeModelServer();
    }

    FakeModelServer on(String path, Responder... responders) {
        Deque<Responder> queue = scripts.computeIfAbsent(path, p -> new ArrayDeque<>());
        synchronized (queue) {
            queue.addAll(List.of(responders));
        }
        return this;
    }

    int port() {
        return server.getAddress().getPort();
    }

    URI baseUrl() {
        return URI.create("http://127.0.0.1:" + port() + "/v1");
    }

    List<Recorded> requests() {
        return new ArrayList<>(requests);
    }

    List<Recorded> requestsTo(String path) {
        return requests.stream().filter(r -> r.path().equals(path)).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String path = exchange.getRequestURI().getPath();
        requests.add(new Recorded(
                exchange.getRequestMethod(),
                path,
                exchange.getRequestHeaders().getFirst("Authorization"),
                body,
                exchange.getRequestURI().getRawQuery()));
        Deque<Responder> queue = scripts.get(path);
        Responder responder;
        if (queue == null) {
            responder = json(404, "{\"error\":\"no route " + path + "\"}");
        } else {
            synchronized (queue) {
                responder = queue.size() > 1 ? queue.poll() : queue.peek();
            }
        }
        responder.respond(exchange);
    }

    static Responder json(int status, String body, String... headerPairs) {
        return exchange -> send(exchange, status, "application/json", body, headerPairs);
    }

    static Responder text(int status, String body) {
        return exchange -> send(exchange, status, "text/plain", body);
    }

    /** An SSE stream: each argument becomes one {@code data:} event. */
    static Responder sse(String... events) {
        StringBuilder stream = new StringBuilder();
        for (String event : events) {
            stream.append("data: ").append(event).append("\n\n");
        }
        return exchange -> send(exchange, 200, "text/event-stream", stream.toString());
    }

    /** Closes the connection without any answer, like a crashed or restarted server. */
    static Responder drop() {
        return HttpExchange::close;
    }

    /** Waits before answering (the only place tests sleep), like a model generating slowly. */
    static Responder slow(long millis, Responder then) {
        return exchange -> {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                exchange.close();
                return;
            }
            then.respond(exchange);
        };
    }

    private static void send(HttpExchange exchange, int status, String contentType, String body, String... headerPairs)
            throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        for (int i = 0; i + 1 < headerPairs.length; i += 2) {
            exchange.getResponseHeaders().set(headerPairs[i], headerPairs[i + 1]);
        }
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
