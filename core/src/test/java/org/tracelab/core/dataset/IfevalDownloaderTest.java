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
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracelab.core.testing.SharedData;

/** The IFEval download against a loopback HTTP server: never the network. */
class IfevalDownloaderTest {

    private static final String TWO_TASKS = """
            {"key": 1, "prompt": "Write without commas.", "instruction_id_list": ["punctuation:no_comma"], "kwargs": [{}]}
            {"key": 2, "prompt": "Answer in lowercase.", "instruction_id_list": ["change_case:english_lowercase"], "kwargs": [{}]}
            """;

    @TempDir
    Path dir;

    private HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();
    private volatile int status = 200;
    private volatile byte[] body = TWO_TASKS.getBytes(StandardCharsets.UTF_8);
    private volatile boolean announceLength = true;
    private volatile CountDownLatch holdAfterFirstChunk;

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/datasets/ifeval/", this::serve);
        server.start();
    }

    @AfterEach
    void stopServer() {
        CountDownLatch hold = holdAfterFirstChunk;
        if (hold != null) {
            hold.countDown();
        }
        server.stop(0);
    }

    private void serve(HttpExchange exchange) throws IOException {
        requests.incrementAndGet();
        byte[] content = body;
        if (!exchange.getRequestURI().getPath().endsWith("/" + IfevalDownloader.FILE_NAME)) {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
            return;
        }
        exchange.sendResponseHeaders(status, announceLength ? content.length : 0);
        try (OutputStream out = exchange.getResponseBody()) {
            int first = Math.min(content.length, 16);
            out.write(content, 0, first);
            out.flush();
            CountDownLatch hold = holdAfterFirstChunk;
            if (hold != null) {
                hold.await(10, TimeUnit.SECONDS);
            }
            out.write(content, first, content.length - first);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // the client went away (a cancelled download)
        }
    }

    private IfevalDownloader downloader() {
        URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/datasets/ifeval");
        return new IfevalDownloader(HttpClient.newHttpClient(), base, dir.resolve("cache"));
    }

    @Test
    void downloadsChecksAndCachesTheFileReportingBytes() throws IOException {
        List<long[]> progress = new CopyOnWriteArrayList<>();

        IfevalDownload download =
                downloader().obtain((read, total) -> progress.add(new long[] {read, total}), () -> false);

        assertThat(download.fromCache()).isFalse();
        assertThat(download.tasks()).isEqualTo(2);
        assertThat(download.file()).isEqualTo(dir.resolve("cache").resolve(IfevalDownloader.FILE_NAME));
        assertThat(Files.readString(download.file())).isEqualTo(TWO_TASKS);
        assertThat(download.isOfficialInputData()).isFalse();
        assertThat(progress).isNotEmpty().allSatisfy(p -> assertThat(p[1]).isEqualTo(body.length));
        assertThat(progress.get(progress.size() - 1)[0]).isEqualTo(body.length);
        assertThat(Files.list(dir.resolve("cache"))).as("no partial file left").hasSize(1);
    }

    @Test
    void reportsAnUnknownSizeAsMinusOne() {
        announceLength = false;
        List<Long> totals = new CopyOnWriteArrayList<>();

        IfevalDownload download = downloader().download((read, total) -> totals.add(total), () -> false);

        assertThat(download.tasks()).isEqualTo(2);
        assertThat(totals).isNotEmpty().containsOnly(-1L);
    }

    @Test
    void reusesTheCachedFileWithoutAskingAgain() {
        downloader().obtain(DownloadListener.none(), () -> false);
        body = "not json\n".getBytes(StandardCharsets.UTF_8);

        IfevalDownload again = downloader().obtain(DownloadListener.none(), () -> false);

        assertThat(again.fromCache()).isTrue();
        assertThat(again.tasks()).isEqualTo(2);
        assertThat(requests).hasValue(1);
    }

    @Test
    void anHttpErrorNamesTheStatusAndCachesNothing() {
        status = 404;

        assertThatThrownBy(() -> downloader().obtain(DownloadListener.none(), () -> false))
                .isInstanceOf(DatasetDownloadException.class)
                .hasMessageContaining("HTTP 404")
                .hasMessageContaining(IfevalDownloader.FILE_NAME);
        assertThat(downloader().cached()).isEmpty();
        assertThat(dir.resolve("cache")).isEmptyDirectory();
    }

    @Test
    void aFileThatDoesNotParseIsRejectedWithItsLineAndFieldAndKeepsTheOldCache() {
        IfevalDownload good = downloader().download(DownloadListener.none(), () -> false);
        body = (TWO_TASKS + "{\"key\": 3, \"instruction_id_list\": [], \"kwargs\": []}\n")
                .getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> downloader().download(DownloadListener.none(), () -> false))
                .isInstanceOf(DatasetDownloadException.class)
                .hasMessageContaining("is not an IFEval prompts file")
                .hasMessageContaining(IfevalDownloader.FILE_NAME + ":3: prompt: missing");
        assertThat(downloader().cached()).hasValueSatisfying(cached -> {
            assertThat(cached.sha256()).isEqualTo(good.sha256());
            assertThat(cached.tasks()).isEqualTo(2);
        });
        assertThat(dir.resolve("cache")).isDirectoryNotContaining("glob:**.part");
    }

    @Test
    void aFileWithoutPromptsIsNotCached() {
        body = new byte[0];

        assertThatThrownBy(() -> downloader().obtain(DownloadListener.none(), () -> false))
                .isInstanceOf(DatasetDownloadException.class)
                .hasMessageContaining("has no prompts");
        assertThat(downloader().cached()).isEmpty();
    }

    @Test
    void cancellingMidwayStopsAndCachesNothing() {
        holdAfterFirstChunk = new CountDownLatch(1);
        AtomicBoolean cancelled = new AtomicBoolean();

        assertThatThrownBy(() -> downloader()
                        .download(
                                (read, total) -> {
                                    if (read > 0) {
                                        cancelled.set(true); // the first bytes arrived: the user presses Cancel
                                        holdAfterFirstChunk.countDown();
                                    }
                                },
                                cancelled::get))
                .isInstanceOf(DownloadCancelledException.class);

        assertThat(downloader().cached()).isEmpty();
        assertThat(dir.resolve("cache")).isEmptyDirectory();
    }

    @Test
    void recognisesTheOfficialInputData() throws IOException {
        Path official = SharedData.require("data/ifeval/input_data.jsonl");
        body = Files.readAllBytes(official);

        IfevalDownload download = downloader().download(DownloadListener.none(), () -> false);

        assertThat(download.tasks()).isEqualTo(541);
        assertThat(download.isOfficialInputData()).isTrue();
        assertThat(download.sha256()).isEqualTo(IfevalDownloader.OFFICIAL_INPUT_DATA_SHA256);
    }
}
