package org.tracelab.core.dataset;

import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.tracelab.core.verify.constraint.ConstraintFamily;

/**
 * Gets IFBench's test prompts ({@value #FILE_NAME}, AllenAI, ODC-BY) from the {@code allenai/IFBench} repository
 * into a cache folder and keeps it there, as {@link IfevalDownloader} does for IFEval: a download must parse
 * with every id known and use IFBench's instructions before it is cached, and a cached copy that still parses
 * is reused without touching the network.
 */
public final class IfbenchDownloader {

    /** Where GitHub serves the raw files of the repository's main branch. */
    public static final URI GITHUB_BASE = URI.create("https://raw.githubusercontent.com/allenai/IFBench/main/data/");

    public static final String FILE_NAME = "IFBench_test.jsonl";
    /** SHA-256 of the 300-prompt test file the conformance tests use (repository commit db69a6f). */
    public static final String REFERENCE_TEST_FILE_SHA256 =
            "a2bf7b8e7ed11d39c65b4ec781da8b99663ed0121f97033d70fcecb61f8a9d85";

    private final PromptsFileDownloader files;

    /**
     * @param baseUrl  the folder the file is served from ({@link #GITHUB_BASE}; tests give a loopback server)
     * @param cacheDir where the checked file is kept; created when missing
     */
    public IfbenchDownloader(HttpClient client, URI baseUrl, Path cacheDir) {
        this.files =
                new PromptsFileDownloader(client, "IFBench", ConstraintFamily.IFBENCH, baseUrl, FILE_NAME, cacheDir);
    }

    /** From GitHub, following redirects. */
    public static IfbenchDownloader github(Path cacheDir) {
        return new IfbenchDownloader(PromptsFileDownloader.redirectingClient(), GITHUB_BASE, cacheDir);
    }

    public URI fileUrl() {
        return files.fileUrl();
    }

    public Path cachedFile() {
        return files.cachedFile();
    }

    /** The cached file when there is one and it still parses as IFBench prompts. */
    public Optional<IfbenchDownload> cached() {
        return files.cached().map(IfbenchDownloader::of);
    }

    /** The cached file if usable, else a fresh download. */
    public IfbenchDownload obtain(DownloadListener listener, BooleanSupplier cancelled) {
        return of(files.obtain(listener, cancelled));
    }

    /**
     * Downloads, checks and caches the file, replacing a cached one only when the new one parses.
     *
     * @param cancelled polled between chunks; interrupting the calling thread cancels too
     * @throws DownloadCancelledException when cancelled; nothing is cached
     * @throws DatasetDownloadException   on an HTTP error, a network failure or a file that is not IFBench prompts
     */
    public IfbenchDownload download(DownloadListener listener, BooleanSupplier cancelled) {
        return of(files.download(listener, cancelled));
    }

    private static IfbenchDownload of(PromptsFileDownloader.Result result) {
        return new IfbenchDownload(result.file(), result.tasks(), result.sha256(), result.fromCache());
    }
}
