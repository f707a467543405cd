package org.tracelab.app.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Serves one file's bytes on loopback under {@code /files/NAME}, as a dataset host would (Content-Length set).
 * {@link #holdAfterFirstBytes()} makes it pause mid-file until {@link #release()}, so a test can cancel a download
 * in progress.
 */
public final class LoopbackFileServer implements AutoCloseable {

    private static final int FIRST_BYTES = 1024;

    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(2);
    private final String name;
    private final byte[] content;
    private final AtomicInteger requests = new AtomicInteger();
    private volatile CountDownLatch hold;

    public LoopbackFileServer(String name, byte[] content) throws IOException {
        this.name = name;
        this.content = content.clone();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/files/", this::serve);
        server.setExecutor(threads);
        server.start();
    }

    /** The folder URL the file is served from. */
    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/files/");
    }

    public int requests() {
        return requests.get();
    }

    /** From now on, each answer stops after its first bytes until {@link #release()}. */
    public void holdAfterFirstBytes() {
        hold = new CountDownLatch(1);
    }

    public void release() {
        CountDownLatch latch = hold;
        if (latch != null) {
            latch.countDown();
        }
    }

    private void serve(HttpExchange exchange) throws IOException {
        requests.incrementAndGet();
        if (!exchange.getRequestURI().getPath().equals("/files/" + name)) {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
            return;
        }
        exchange.sendResponseHeaders(200, content.length);
        try (OutputStream out = exchange.getResponseBody()) {
            int first = Math.min(FIRST_BYTES, content.length);
            out.write(content, 0, first);
            out.flush();
            CountDownLatch latch = hold;
            if (latch != null) {
                latch.await(20, TimeUnit.SECONDS);
            }
            out.write(content, first, content.length - first);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // the client went away: a cancelled download
        }
    }

    @Override
    public void close() {
        release();
        server.stop(0);
        threads.shutdownNow();
    }
}
