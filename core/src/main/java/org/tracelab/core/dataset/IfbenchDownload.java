package org.tracelab.core.dataset;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The IFBench prompts file in the cache, checked: it parses, and uses IFBench's instructions.
 *
 * @param file      the cached file
 * @param tasks     how many prompts it has
 * @param sha256    its SHA-256 in lower-case hex
 * @param fromCache true when it was already cached and nothing was downloaded
 */
public record IfbenchDownload(Path file, int tasks, String sha256, boolean fromCache) {

    public IfbenchDownload {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(sha256, "sha256");
    }

    /** Whether these are the exact bytes of the test file Tracelab's conformance tests use. */
    public boolean isReferenceTestFile() {
        return IfbenchDownloader.REFERENCE_TEST_FILE_SHA256.equals(sha256);
    }
}
