package org.tracelab.core.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TEST MODEL SERVER with faults on demand: an OpenAI-compatible server on loopback (no language model behind
 * it) that answers {@code /v1/models} and {@code /v1/chat/completions} with a seed-dependent canned text, plain or
 * as an SSE stream, and can be told to misbehave on the next chat calls the way real servers do: reset the
 * connection, stall before or after the headers, send garbage, send 10 MB, drop mid-stream, or answer 429/500/503
 * with or without {@code Retry-After}. "Refuse" is a closed server: {@link #close()} it, and {@link #restart()}
 * it on the same port. Written on a plain {@link ServerSocket} so every byte and every reset is under control.
 */
public final class LoopbackFaultServer implements AutoCloseable {

    public static final String MODEL = "loopback-test-model";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What the server does with one chat call. */
    public sealed interface Behaviour {
        /** A normal answer (plain JSON, or SSE when the request asks for a stream). */
        record Answer() implements Behaviour {}

        /** Reads the request, then resets the connection (TCP RST). */
        record Reset() implements Behaviour {}

        /** Reads the request and never answers, until the server closes. */
        record StallBeforeHeaders() implements Behaviour {}

        /** Sends the status line, headers and one chunk of a stream, then nothing, until the server closes. */
        record StallAfterHeaders() implements Behaviour {}

        /** A 200 answer whose body is not JSON. */
        record Garbage() implements Behaviour {}

        /** A 200 answer whose content is {@code bytes} long. */
        record Huge(int bytes) implements Behaviour {}

        /** Starts an SSE stream and closes the connection half-way. */
        record DropMidStream() implements Behaviour {}

        /** An HTTP error with a JSON error body and, when not null, a {@code Retry-After} header. */
        record Status(int code, String retryAfter) implements Behaviour {}

        /** A normal answer after a pause, as a server that takes its time to generate. */
        record Slow(long millis) implements Behaviour {}
    }

    public static final Behaviour ANSWER = new Behaviour.Answer();
    public static final Behaviour RESET = new Behaviour.Reset();
    public static final Behaviour STALL_BEFORE_HEADERS = new Behaviour.StallBeforeHeaders();
    public static final Behaviour STALL_AFTER_HEADERS = new Behaviour.StallAfterHeaders();
    public static final Behaviour GARBAGE = new Behaviour.Garbage();
    public static final Behaviour DROP_MID_STREAM = new Behaviour.DropMidStream();

    private final int fixedPort;
    private final Deque<Behaviour> script = new ArrayDeque<>();
    private final List<JsonNode> chatRequests = new CopyOnWriteArrayList<>();
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final AtomicInteger calls = new AtomicInteger();
    private volatile Behaviour fallback = ANSWER;
    private volatile ServerSocket socket;
    private volatile ExecutorService threads;
    private volatile CountDownLatch closing = new CountDownLatch(1);

    private LoopbackFaultServer(int port) throws IOException {
        this.fixedPort = port;
        start(port);
    }

    /** Starts on a free loopback port. */
    public static LoopbackFaultServer start() throws IOException {
        return new LoopbackFaultServer(0);
    }

    private void start(int port) throws IOException {
        ServerSocket server = new ServerSocket();
        server.setReuseAddress(true);
        server.bind(new java.net.InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        socket = server;
        closing = new CountDownLatch(1);
        threads = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "loopback-fault-server");
            thread.setDaemon(true);
            return thread;
        });
        threads.execute(this::acceptLoop);
    }

    /** The next chat calls behave so, in order; afterwards the fallback applies. */
    public synchronized LoopbackFaultServer then(Behaviour... behaviours) {
        script.addAll(List.of(behaviours));
        return this;
    }

    /** Every chat call without a scripted behaviour behaves so (initially: a normal answer). */
    public LoopbackFaultServer always(Behaviour behaviour) {
        this.fallback = behaviour;
        return this;
    }

    public int port() {
        return socket.getLocalPort();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port() + "/v1";
    }

    /** Chat calls received, whatever was done with them. */
    public int calls() {
        return calls.get();
    }

    public List<JsonNode> chatRequests() {
        return List.copyOf(chatRequests);
    }

    /** Like a crashed server: stops listening and drops every open connection (reset). */
    @Override
    public void close() {
        closing.countDown();
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        for (Socket connection : open) {
            reset(connection);
        }
        threads.shutdownNow();
    }

    /**
     * The server as a process of its own, for tests that kill it ({@code kill -9}) as a crashing llama-server dies:
     * {@code java -cp … org.tracelab.core.testing.LoopbackFaultServer$Main PORT ANSWER_MILLIS} listens on PORT (0:
     * any free port), answers every chat call after ANSWER_MILLIS, prints {@code listening on PORT} and runs until
     * killed.
     */
    public static final class Main {

        private Main() {}

        public static void main(String[] args) throws Exception {
            LoopbackFaultServer server = new LoopbackFaultServer(Integer.parseInt(args[0]));
            server.always(new Behaviour.Slow(Long.parseLong(args[1])));
            System.out.println("listening on " + server.port());
            System.out.flush();
            new CountDownLatch(1).await();
        }
    }

    /** Listens again on the same port, answering normally unless told otherwise. */
    public void restart() throws IOException {
        synchronized (this) {
            script.clear();
        }
        fallback = ANSWER;
        start(socket.getLocalPort() == -1 || fixedPort != 0 ? fixedPort : socket.getLocalPort());
    }

    private synchronized Behaviour next() {
        Behaviour scripted = script.poll();
        return scripted != null ? scripted : fallback;
    }

    private void acceptLoop() {
        ServerSocket server = socket;
        while (!server.isClosed()) {
            try {
                Socket connection = server.accept();
                open.add(connection);
                try {
                    threads.execute(() -> serve(connection));
                } catch (RejectedExecutionException closing) {
                    // Accepted just as close() shut the workers down: reset it like every other open connection,
                    // or its client would wait on it until its own timeout.
                    connection.close();
                    return;
                }
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket connection) {
        try (connection) {
            Request request = Request.read(connection.getInputStream());
            if (request == null) {
                return;
            }
            OutputStream out = connection.getOutputStream();
            if (request.path().endsWith("/models")) {
                ObjectNode reply = JSON.createObjectNode();
                reply.put("object", "list");
                reply.putArray("data")
                        .addObject()
                        .put("id", MODEL)
                        .put("object", "model")
                        .put("owned_by", "tracelab-test");
                send(out, 200, "application/json", JSON.writeValueAsBytes(reply), null);
                return;
            }
            if (!request.path().endsWith("/chat/completions")) {
                send(out, 404, "application/json", "{\"error\":\"not found\"}".getBytes(StandardCharsets.UTF_8), null);
                return;
            }
            JsonNode body = JSON.readTree(request.body());
            chatRequests.add(body);
            calls.incrementAndGet();
            behave(next(), body, connection, out);
        } catch (IOException e) {
            // The client went away or the server closed: nothing to do.
        } finally {
            open.remove(connection);
        }
    }

    private void behave(Behaviour behaviour, JsonNode request, Socket connection, OutputStream out) throws IOException {
        boolean stream = request.path("stream").asBoolean(false);
        String content = content(request);
        if (behaviour instanceof Behaviour.Answer) {
            if (stream) {
                sendStream(out, content, true);
            } else {
                send(out, 200, "application/json", completion(content), null);
            }
        } else if (behaviour instanceof Behaviour.Reset) {
            reset(connection);
        } else if (behaviour instanceof Behaviour.StallBeforeHeaders) {
            awaitClose();
        } else if (behaviour instanceof Behaviour.StallAfterHeaders) {
            out.write(("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nTransfer-Encoding: chunked\r\n"
                            + "Connection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            writeChunk(out, "data: " + chunk(content.substring(0, 4), null) + "\n\n");
            out.flush();
            awaitClose();
        } else if (behaviour instanceof Behaviour.Garbage) {
            send(
                    out,
                    200,
                    "application/json",
                    "<html><body>502 upstream sent \u0000garbage</body></html>".getBytes(StandardCharsets.UTF_8),
                    null);
        } else if (behaviour instanceof Behaviour.Huge huge) {
            send(out, 200, "application/json", completion("x".repeat(huge.bytes())), null);
        } else if (behaviour instanceof Behaviour.DropMidStream) {
            out.write(("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nTransfer-Encoding: chunked\r\n"
                            + "Connection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            writeChunk(out, "data: " + chunk(content.substring(0, 4), null) + "\n\n");
            out.flush();
            reset(connection);
        } else if (behaviour instanceof Behaviour.Slow slow) {
            try {
                Thread.sleep(slow.millis()); // the server's own pace, not a test waiting for a condition
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            behave(ANSWER, request, connection, out);
        } else if (behaviour instanceof Behaviour.Status status) {
            ObjectNode error = JSON.createObjectNode();
            error.putObject("error")
                    .put("message", "test server says " + status.code())
                    .put("type", status.code() == 429 ? "rate_limit" : "server_error");
            send(out, status.code(), "application/json", JSON.writeValueAsBytes(error), status.retryAfter());
        }
    }

    private void awaitClose() {
        try {
            closing.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Seed-dependent, like a sampled answer: odd seeds get a text with no punctuation. */
    private static String content(JsonNode request) {
        return request.path("seed").asLong() % 2 == 1
                ? "this is a short answer from the test model without any punctuation marks"
                : "This is a test answer, from the TEST model.";
    }

    private static byte[] completion(String content) throws IOException {
        ObjectNode reply = JSON.createObjectNode();
        reply.put("id", "test");
        reply.put("object", "chat.completion");
        reply.put("model", MODEL);
        ObjectNode choice = reply.putArray("choices").addObject();
        choice.put("index", 0);
        choice.putObject("message").put("role", "assistant").put("content", content);
        choice.put("finish_reason", "stop");
        reply.putObject("usage")
                .put("prompt_tokens", 12)
                .put("completion_tokens", 9)
                .put("total_tokens", 21);
        return JSON.writeValueAsBytes(reply);
    }

    private static String chunk(String delta, String finish) throws IOException {
        ObjectNode reply = JSON.createObjectNode();
        reply.put("object", "chat.completion.chunk");
        reply.put("model", MODEL);
        ObjectNode choice = reply.putArray("choices").addObject();
        choice.put("index", 0);
        if (delta != null) {
            choice.putObject("delta").put("content", delta);
        } else {
            choice.putObject("delta");
        }
        if (finish != null) {
            choice.put("finish_reason", finish);
        } else {
            choice.putNull("finish_reason");
        }
        return JSON.writeValueAsString(reply);
    }

    private static void sendStream(OutputStream out, String content, boolean complete) throws IOException {
        out.write(("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nTransfer-Encoding: chunked\r\n"
                        + "Connection: close\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        for (String word : content.split("(?<= )")) {
            writeChunk(out, "data: " + chunk(word, null) + "\n\n");
        }
        if (complete) {
            writeChunk(out, "data: " + chunk(null, "stop") + "\n\n");
            writeChunk(
                    out,
                    "data: {\"object\":\"chat.completion.chunk\",\"choices\":[],\"usage\":"
                            + "{\"prompt_tokens\":12,\"completion_tokens\":9,\"total_tokens\":21}}\n\n");
            writeChunk(out, "data: [DONE]\n\n");
            out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        out.flush();
    }

    private static void writeChunk(OutputStream out, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.write((Integer.toHexString(bytes.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(bytes);
        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
    }

    private static void send(OutputStream out, int status, String type, byte[] body, String retryAfter)
            throws IOException {
        StringBuilder head = new StringBuilder("HTTP/1.1 ")
                .append(status)
                .append(' ')
                .append(reason(status))
                .append("\r\nContent-Type: ")
                .append(type)
                .append("\r\nContent-Length: ")
                .append(body.length)
                .append("\r\nConnection: close\r\n");
        if (retryAfter != null) {
            head.append("Retry-After: ").append(retryAfter).append("\r\n");
        }
        out.write(head.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII));
        out.write(body);
        out.flush();
    }

    private static String reason(int status) {
        return switch (status) {
            case 200 -> "OK";
            case 429 -> "Too Many Requests";
            case 500 -> "Internal Server Error";
            case 503 -> "Service Unavailable";
            default -> "Status";
        };
    }

    private static void reset(Socket connection) {
        try {
            connection.setSoLinger(true, 0);
            connection.close();
        } catch (SocketException e) {
            // already gone
        } catch (IOException e) {
            // already gone
        }
    }

    private record Request(String method, String path, byte[] body) {

        static Request read(InputStream in) throws IOException {
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            int state = 0;
            while (state < 4) {
                int b = in.read();
                if (b < 0) {
                    return null;
                }
                head.write(b);
                state = (b == '\r' && (state == 0 || state == 2)) || (b == '\n' && (state == 1 || state == 3))
                        ? state + 1
                        : b == '\r' ? 1 : 0;
            }
            String[] lines = head.toString(StandardCharsets.ISO_8859_1).split("\r\n");
            String[] requestLine = lines[0].split(" ");
            int length = 0;
            for (String line : lines) {
                if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                    length = Integer.parseInt(line.substring(15).strip());
                }
            }
            return new Request(requestLine[0], requestLine[1], in.readNBytes(length));
        }
    }
}
