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
import org.tracelab.core.verify.constraint.ConstraintFamily;

/**
 * Gets a benchmark's prompts file (IFEval format) from a URL into a cache folder and keeps it there: a cached
 * copy that still parses is reused without touching the network. {@link IfevalDownloader} and
 * {@link IfbenchDownloader} are the two benchmarks' sources.
 *
 * <p>A download streams into a temporary file beside the cache entry, reporting bytes as they come; it must
 * parse with {@link IfevalPromptsReader} (every id known to the registry) and hold at least one instruction of
 * the benchmark's family before it is moved (atomically) into place, so the cache never holds a partial or
 * unusable file.
 */
public final class PromptsFileDownloader {

    /** The file just checked or reused. */
    public record Result(Path file, int tasks, String sha256, boolean fromCache) {}

    private static final Logger LOG = LoggerFactory.getLogger(PromptsFileDownloader.class);
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(20);
    private static final Duration HEADERS_TIMEOUT = Duration.ofSeconds(60);
    private static final int BUFFER_BYTES = 64 * 1024;

    private final HttpClient client;
    private final String benchmark;
    private final ConstraintFamily family;
    private final String fileName;
    private final URI fileUrl;
    private final Path cacheDir;

    /**
     * @param benchmark what the file is, for messages ("IFEval", "IFBench")
     * @param family    the constraint family the file must use
     * @param baseUrl   the folder the file is served from (tests give a loopback server)
     * @param fileName  the file's name there, also its name in the cache
     * @param cacheDir  where the checked file is kept; created when missing
     */
    public PromptsFileDownloader(
            HttpClient client, String benchmark, ConstraintFamily family, URI baseUrl, String fileName, Path cacheDir) {
        this.client = Objects.requireNonNull(client, "client");
        this.benchmark = Objects.requireNonNull(benchmark, "benchmark");
        this.family = Objects.requireNonNull(family, "family");
        this.fileName = Objects.requireNonNull(fileName, "fileName");
        String base = Objects.requireNonNull(baseUrl, "baseUrl").toString();
        this.fileUrl = URI.create(base.endsWith("/") ? base : base + "/").resolve(fileName);
        this.cacheDir = Objects.requireNonNull(cacheDir, "cacheDir");
    }

    /** A client that follows redirects (Hugging Face and GitHub redirect to their file hosts). */
    static HttpClient redirectingClient() {
        return HttpClient.newBuilder()
                .connectTimeout(CONNECT_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    /** The address the file is downloaded from. */
    public URI fileUrl() {
        return fileUrl;
    }

    /** Where the checked file is kept. */
    public Path cachedFile() {
        return cacheDir.resolve(fileName);
    }

    /** The cached file when there is one and it still parses; a file that no longer parses counts as absent. */
    public Optional<Result> cached() {
        Path file = cachedFile();
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            List<IfevalTask> tasks = IfevalPromptsReader.read(file);
            return tasks.isEmpty() || !usesFamily(tasks)
                    ? Optional.empty()
                    : Optional.of(new Result(file, tasks.size(), FileDigest.sha256(file), true));
        } catch (InputProblemException | IOException | UncheckedIOException e) {
            LOG.warn("the cached {} file {} is not usable, downloading it again: {}", benchmark, file, e.getMessage());
            return Optional.empty();
        }
    }

    /** The cached file if usable, else a fresh download. */
    public Result obtain(DownloadListener listener, BooleanSupplier cancelled) {
        Optional<Result> cached = cached();
        return cached.isPresent() ? cached.get() : download(listener, cancelled);
    }

    /**
     * Downloads, checks and caches the file, replacing a cached one only when the new one parses.
     *
     * @param cancelled polled between chunks; interrupting the calling thread cancels too
     * @throws DownloadCancelledException when cancelled; nothing is cached
     * @throws DatasetDownloadException   on an HTTP error, a network failure or a file that does not parse
     */
    public Result download(DownloadListener listener, BooleanSupplier cancelled) {
        Path part;
        try {
            Files.createDirectories(cacheDir);
            part = Files.createTempFile(cacheDir, fileName + ".", ".part");
        } catch (IOException e) {
            throw new DatasetDownloadException(
                    "cannot write to the cache folder " + cacheDir + ": " + e.getMessage(), e);
        }
        try {
            String sha256 = fetchInto(part, listener, cancelled);
            int tasks = check(part);
            checkCancelled(cancelled);
            Path target = cachedFile();
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            LOG.info("cached {} ({} prompts, SHA-256 {}) from {}", target, tasks, sha256, fileUrl);
            return new Result(target, tasks, sha256, false);
        } catch (IOException e) {
            throw new DatasetDownloadException(
                    "cannot cache " + fileUrl + " in " + cacheDir + ": " + e.getMessage(), e);
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
        HttpRequest request = HttpRequest.newBuilder(fileUrl)
                .timeout(HEADERS_TIMEOUT)
                .header("User-Agent", "Tracelab")
                .GET()
                .build();
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
                throw new DatasetDownloadException(
                        "HTTP " + response.statusCode() + " from " + response.uri() + " (asked for " + fileUrl + ")");
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
                throw new DatasetDownloadException(
                        "the download from " + fileUrl + " ended after " + read + " of " + total + " bytes");
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
            throw new DatasetDownloadException(
                    "the file from " + fileUrl + " is not an " + benchmark + " prompts file (" + problems.size()
                            + " problem(s)), first: " + where + first.message(),
                    e);
        }
        if (tasks.isEmpty()) {
            throw new DatasetDownloadException("the file from " + fileUrl + " has no prompts");
        }
        if (!usesFamily(tasks)) {
            throw new DatasetDownloadException("the file from " + fileUrl + " has no " + benchmark + " instruction");
        }
        return tasks.size();
    }

    private boolean usesFamily(List<IfevalTask> tasks) {
        return tasks.stream()
                .flatMap(task -> task.constraints().stream())
                .anyMatch(constraint -> constraint.type().family() == family);
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
