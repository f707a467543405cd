package org.tracelab.core.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tracelab.core.io.FileDigest;
import org.tracelab.core.io.InputProblem;
import org.tracelab.core.io.InputProblemException;

/**
 * Gets the IFEval prompts file from its public Hugging Face dataset ({@code google/IFEval}) into a cache folder
 * and keeps it there: a cached copy that still parses is reused without touching the network.
 *
 * <p>A download streams into a temporary file beside the cache entry, reporting bytes as they come; it must
 * parse with {@link IfevalPromptsReader} before it is moved (atomically) into place, so the cache never holds a
 * partial or unusable file. Hugging Face's {@value #FILE_NAME} is the current prompts file of Google's
 * repository; any file that parses is accepted, and {@link IfevalDownload#isOfficialInputData()} tells whether
 * its bytes are exactly the {@code input_data.jsonl} Tracelab's conformance tests use.
 */
public final class IfevalDownloader {

    /** Where Hugging Face serves the files of the {@code google/IFEval} dataset's main branch. */
    public static final URI HUGGING_FACE_BASE = URI.create("https://huggingface.co/datasets/google/IFEval/resolve/main/");
    /** The prompts file's name in that dataset (the older {@code input_data.jsonl} was removed from it). */
    public static final String FILE_NAME = "ifeval_input_data.jsonl";
    /** SHA-256 of {@code instruction_following_eval/data/input_data.jsonl} in google-research (541 prompts). */
    public static final String OFFICIAL_INPUT_DATA_SHA256 =
            "67ffeee0fcb87c317c5b08a2de85557b4a7e96ada6178aa645b4954fe4b53d49";

    private static final Logger LOG = LoggerFactory.getLogger(IfevalDownloader.class);
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(20);
    private static final Duration HEADERS_TIMEOUT = Duration.ofSeconds(60);
    private static final int BUFFER_BYTES = 64 * 1024;

    private final HttpClient client;
    private final URI fileUrl;
    private final Path cacheDir;

    /**
     * @param baseUrl  the folder the file is served from ({@link #HUGGING_FACE_BASE}; tests give a loopback server)
     * @param cacheDir where the checked file is kept; created when missing
     */
    public IfevalDownloader(HttpClient client, URI baseUrl, Path cacheDir) {
        this.client = Objects.requireNonNull(client, "client");
        String base = Objects.requireNonNull(baseUrl, "baseUrl").toString();
        this.fileUrl = URI.create(base.endsWith("/") ? base : base + "/").resolve(FILE_NAME);
        this.cacheDir = Objects.requireNonNull(cacheDir, "cacheDir");
    }

    /** From Hugging Face, following its redirect to the file host. */
    public static IfevalDownloader huggingFace(Path cacheDir) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        return new IfevalDownloader(client, HUGGING_FACE_BASE, cacheDir);
    }

    /** The address the file is downloaded from. */
    public URI fileUrl() {
        return fileUrl;
    }

    /** Where the checked file is kept. */
    public Path cachedFile() {
        return cacheDir.resolve(FILE_NAME);
    }

    /** The cached file when there is one and it still parses; a file that no longer parses counts as absent. */
    public Optional<IfevalDownload> cached() {
        Path file = cachedFile();
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            int tasks = IfevalPromptsReader.read(file).size();
            return tasks == 0 ? Optional.empty()
                    : Optional.of(new IfevalDownload(file, tasks, FileDigest.sha256(file), true));
        } catch (InputProblemException | IOException | UncheckedIOException e) {
            LOG.warn("the cached IFEval file {} is not usable, downloading it again: {}", file, e.getMessage());
            return Optional.empty();
        }
    }

    /** The cached file if usable, else a fresh download. */
    public IfevalDownload obtain(DownloadListener listener, BooleanSupplier cancelled) {
        Optional<IfevalDownload> cached = cached();
        return cached.isPresent() ? cached.get() : download(listener, cancelled);
    }

    /**
     * Downloads, checks and caches the file, replacing a cached one only when the new one parses.
     *
     * @param cancelled polled between chunks; interrupting the calling thread cancels too
     * @throws DownloadCancelledException when cancelled; nothing is cached
     * @throws DatasetDownloadException   on an HTTP error, a network failure or a file that does not parse
     */
    public IfevalDownload download(DownloadListener listener, BooleanSupplier cancelled) {
        Path part;
        try {
            Files.createDirectories(cacheDir);
            part = Files.createTempFile(cacheDir, FILE_NAME + ".", ".part");
        } catch (IOException e) {
            throw new DatasetDownloadException("cannot write to the cache folder " + cacheDir + ": " + e.getMessage(), e);
        }
        try {
            String sha256 = fetchInto(part, listener, cancelled);
            int tasks = check(part);
            checkCancelled(cancelled);
            Path target = cachedFile();
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            LOG.info("cached {} ({} prompts, SHA-256 {}) from {}", target, tasks, sha256, fileUrl);
            return new IfevalDownload(target, tasks, sha256, false);
        } catch (IOException e) {
            throw new DatasetDownloadException("cannot cache " + fileUrl + " in " + cacheDir + ": " + e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(part);
            } catch (IOException e) {
                LOG.warn("cannot delete the partial download {}", part, e);
            }
        }
    }

    /** Streams the body into {@code file}; returns its SHA-256. */
    private String fetchInto(Path file, DownloadListener listener, BooleanSupplier cancelled) {
        HttpRequest request = HttpRequest.newBuilder(fileUrl).timeout(HEADERS_TIMEOUT)
                .header("User-Agent", "Tracelab").GET().build();
        HttpResponse<InputStream> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw cancelledException();
        } catch (IOException e) {
            checkCancelled(cancelled);
            throw new DatasetDownloadException("cannot reach " + fileUrl + ": " + describe(e), e);
        }
        MessageDigest digest = sha256();
        try (InputStream body = response.body()) {
            if (response.statusCode() != 200) {
                throw new DatasetDownloadException("HTTP " + response.statusCode() + " from " + response.uri()
                        + " (asked for " + fileUrl + ")");
            }
            long total = response.headers().firstValueAsLong("Content-Length").orElse(-1);
            long read = 0;
            listener.progress(0, total);
            byte[] buffer = new byte[BUFFER_BYTES];
            try (OutputStream out = Files.newOutputStream(file)) {
                for (int n = body.read(buffer); n >= 0; n = body.read(buffer)) {
                    checkCancelled(cancelled);
                    out.write(buffer, 0, n);
                    digest.update(buffer, 0, n);
                    read += n;
                    listener.progress(read, total);
                }
            }
            if (total >= 0 && read != total) {
                throw new DatasetDownloadException("the download from " + fileUrl + " ended after " + read + " of "
                        + total + " bytes");
            }
        } catch (IOException e) {
            checkCancelled(cancelled);
            throw new DatasetDownloadException("the download from " + fileUrl + " failed: " + describe(e), e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The prompt count; problems are reported against the address, since the temporary file means nothing. */
    private int check(Path file) {
        List<IfevalTask> tasks;
        try {
            tasks = IfevalPromptsReader.read(file);
        } catch (InputProblemException e) {
            List<InputProblem> problems = e.problems();
            InputProblem first = problems.get(0);
            if (first.line() == 0 && first.message().startsWith("is empty")) {
                throw new DatasetDownloadException("the file from " + fileUrl + " has no prompts", e);
            }
            String where = fileUrl + ":" + first.line() + ": " + (first.field() == null ? "" : first.field() + ": ");
            throw new DatasetDownloadException("the file from " + fileUrl + " is not an IFEval prompts file ("
                    + problems.size() + " problem(s)), first: " + where + first.message(), e);
        }
        if (tasks.isEmpty()) {
            throw new DatasetDownloadException("the file from " + fileUrl + " has no prompts");
        }
        return tasks.size();
    }

    private void checkCancelled(BooleanSupplier cancelled) {
        if (cancelled.getAsBoolean() || Thread.currentThread().isInterrupted()) {
            throw cancelledException();
        }
    }

    private DownloadCancelledException cancelledException() {
        return new DownloadCancelledException("the download of " + fileUrl + " was cancelled");
    }

    private static String describe(IOException e) {
        return e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
