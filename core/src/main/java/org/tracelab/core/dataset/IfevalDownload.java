package org.tracelab.core.dataset;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The IFEval prompts file in the cache, checked: it parses as IFEval prompts.
 *
 * @param file      the cached file
 * @param tasks     how many prompts it has
 * @param sha256    its SHA-256 in lower-case hex
 * @param fromCache true when it was already cached and nothing was downloaded
 */
public record IfevalDownload(Path file, int tasks, String sha256, boolean fromCache) {

    public IfevalDownload {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(sha256, "sha256");
    }

    /** Whether these are the exact bytes of the official {@code input_data.jsonl} of Google's repository. */
    public boolean isOfficialInputData() {
        return IfevalDownloader.OFFICIAL_INPUT_DATA_SHA256.equals(sha256);
    }
}
