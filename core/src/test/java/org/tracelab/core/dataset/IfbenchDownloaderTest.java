package org.tracelab.core.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracelab.core.testing.SharedData;
import org.tracelab.core.verify.BuiltInConstraints;
import org.tracelab.core.verify.constraint.ConstraintFamily;
import org.tracelab.core.verify.constraint.ConstraintRegistry;

/** The IFBench download against a loopback HTTP server: never the network. */
class IfbenchDownloaderTest {

    private static final String TWO_TASKS = """
            {"key": "0", "prompt": "List it.", "instruction_id_list": ["format:list"], "kwargs": [{"sep": "--", "N": null}]}
            {"key": "1", "prompt": "Yes?", "instruction_id_list": ["format:options"], "kwargs": [{"options": "yes/no"}]}
            """;

    @TempDir
    Path dir;

    private HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();
    private volatile int status = 200;
    private volatile byte[] body = TWO_TASKS.getBytes(StandardCharsets.UTF_8);

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/allenai/IFBench/main/data/", this::serve);
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    private void serve(HttpExchange exchange) throws IOException {
        requests.incrementAndGet();
        byte[] content = body;
        if (!exchange.getRequestURI().getPath().endsWith("/" + IfbenchDownloader.FILE_NAME)) {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
            return;
        }
        exchange.sendResponseHeaders(status, content.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(content);
        }
    }

    private IfbenchDownloader downloader() {
        URI base = URI.create("http://" + server.getAddress().getHostString() + ":"
                + server.getAddress().getPort() + "/allenai/IFBench/main/data/");
        return new IfbenchDownloader(HttpClient.newHttpClient(), base, dir.resolve("datasets"));
    }

    @Test
    void downloadsChecksAndCachesTheTestFileThenReusesIt() throws IOException {
        Path testFile = SharedData.require("data/ifbench/IFBench_test.jsonl");
        body = Files.readAllBytes(testFile);
        IfbenchDownloader downloader = downloader();
        assertThat(downloader.fileUrl().getPath()).isEqualTo("/allenai/IFBench/main/data/IFBench_test.jsonl");

        IfbenchDownload first = downloader.obtain((read, total) -> {}, () -> false);

        assertThat(first.fromCache()).isFalse();
        assertThat(first.tasks()).isEqualTo(300);
        assertThat(first.isReferenceTestFile()).isTrue();
        assertThat(Files.readAllBytes(downloader.cachedFile())).isEqualTo(body);
        IfbenchDownload second = downloader.obtain((read, total) -> {}, () -> false);
        assertThat(second.fromCache()).isTrue();
        assertThat(second.tasks()).isEqualTo(300);
        assertThat(requests.get()).isEqualTo(1);
        assertThat(IfevalPromptsReader.read(downloader.cachedFile())).hasSize(300);
    }

    @Test
    void acceptsAnyParsingIfbenchFileButSaysItIsNotTheReference() {
        IfbenchDownload download = downloader().download((read, total) -> {}, () -> false);

        assertThat(download.tasks()).isEqualTo(2);
        assertThat(download.isReferenceTestFile()).isFalse();
    }

    @Test
    void refusesAFileWithoutIfbenchInstructionsAndCachesNothing() throws IOException {
        body =
                "{\"key\": 1, \"prompt\": \"x\", \"instruction_id_list\": [\"punctuation:no_comma\"], \"kwargs\": [{}]}\n"
                        .getBytes(StandardCharsets.UTF_8);
        IfbenchDownloader downloader = downloader();

        assertThatThrownBy(() -> downloader.download((read, total) -> {}, () -> false))
                .isInstanceOf(DatasetDownloadException.class)
                .hasMessageContaining("has no IFBench instruction");
        assertThat(downloader.cached()).isEmpty();
        try (var files = Files.list(dir.resolve("datasets"))) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void reportsTheFirstBadLineOfAFileThatDoesNotParse() {
        body = "{\"key\": \"0\", \"prompt\": \"x\", \"instruction_id_list\": [\"format:list\"], \"kwargs\": [{}]}\n"
                .getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> downloader().download((read, total) -> {}, () -> false))
                .isInstanceOf(DatasetDownloadException.class)
                .hasMessageContaining("IFBench_test.jsonl:1: kwargs[0].sep");
    }

    @Test
    void anHttpErrorIsAFailureNotAFile() {
        status = 503;

        assertThatThrownBy(() -> downloader().download((read, total) -> {}, () -> false))
                .isInstanceOf(DatasetDownloadException.class)
                .hasMessageContaining("HTTP 503");
        assertThat(downloader().cached()).isEmpty();
    }

    @Test
    void theRegistryKnowsEachIdsBenchmark() {
        ConstraintRegistry registry = BuiltInConstraints.registry();
        assertThat(registry.ids(ConstraintFamily.IFBENCH))
                .hasSize(58)
                .contains("count:word_count_range", "custom:date_format_list", "format:sub-bullets");
        assertThat(registry.ids(ConstraintFamily.IFEVAL)).hasSize(25).contains("punctuation:no_comma");
        assertThat(registry.find("words:start_verb").orElseThrow().family()).isEqualTo(ConstraintFamily.IFBENCH);
    }
}
