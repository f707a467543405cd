package org.tracelab.core.dataset;

import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.tracelab.core.verify.constraint.ConstraintFamily;

/**
 * Gets the IFEval prompts file from its public Hugging Face dataset ({@code google/IFEval}) into a cache folder
 * and keeps it there: a cached copy that still parses is reused without touching the network (see
 * {@link PromptsFileDownloader} for how a download is checked and cached). Hugging Face's {@value #FILE_NAME} is
 * the current prompts file of Google's repository; any file that parses is accepted, and
 * {@link IfevalDownload#isOfficialInputData()} tells whether its bytes are exactly the {@code input_data.jsonl}
 * Tracelab's conformance tests use.
 */
public final class IfevalDownloader {

    /** Where Hugging Face serves the files of the {@code google/IFEval} dataset's main branch. */
    public static final URI HUGGING_FACE_BASE =
            URI.create("https://huggingface.co/datasets/google/IFEval/resolve/main/");
    /** The prompts file's name in that dataset (the older {@code input_data.jsonl} was removed from it). */
    public static final String FILE_NAME = "ifeval_input_data.jsonl";
    /** SHA-256 of {@code instruction_following_eval/data/input_data.jsonl} in google-research (541 prompts). */
    public static final String OFFICIAL_INPUT_DATA_SHA256 =
            "67ffeee0fcb87c317c5b08a2de85557b4a7e96ada6178aa645b4954fe4b53d49";

    private final PromptsFileDownloader files;

    /**
     * @param baseUrl  the folder the file is served from ({@link #HUGGING_FACE_BASE}; tests give a loopback server)
     * @param cacheDir where the checked file is kept; created when missing
     */
    public IfevalDownloader(HttpClient client, URI baseUrl, Path cacheDir) {
        this.files = new PromptsFileDownloader(client, "IFEval", ConstraintFamily.IFEVAL, baseUrl, FILE_NAME, cacheDir);
    }

    /** From Hugging Face, following its redirect to the file host. */
    public static IfevalDownloader huggingFace(Path cacheDir) {
        return new IfevalDownloader(PromptsFileDownloader.redirectingClient(), HUGGING_FACE_BASE, cacheDir);
    }

    /** The address the file is downloaded from. */
    public URI fileUrl() {
        return files.fileUrl();
    }

    /** Where the checked file is kept. */
    public Path cachedFile() {
        return files.cachedFile();
    }

    /** The cached file when there is one and it still parses; a file that no longer parses counts as absent. */
    public Optional<IfevalDownload> cached() {
        return files.cached().map(IfevalDownloader::of);
    }

    /** The cached file if usable, else a fresh download. */
    public IfevalDownload obtain(DownloadListener listener, BooleanSupplier cancelled) {
        return of(files.obtain(listener, cancelled));
    }

    /**
     * Downloads, checks and caches the file, replacing a cached one only when the new one parses.
     *
     * @param cancelled polled between chunks; interrupting the calling thread cancels too
     * @throws DownloadCancelledException when cancelled; nothing is cached
     * @throws DatasetDownloadException   on an HTTP error, a network failure or a file that does not parse
     */
    public IfevalDownload download(DownloadListener listener, BooleanSupplier cancelled) {
        return of(files.download(listener, cancelled));
    }

    private static IfevalDownload of(PromptsFileDownloader.Result result) {
        return new IfevalDownload(result.file(), result.tasks(), result.sha256(), result.fromCache());
    }
}
