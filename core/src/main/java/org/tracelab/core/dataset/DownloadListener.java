package org.tracelab.core.dataset;

/** Told how far a download has come; called on the downloading thread, often, so keep it cheap. */
@FunctionalInterface
public interface DownloadListener {

    /**
     * @param bytesRead  bytes received so far
     * @param totalBytes the announced size ({@code Content-Length}), or -1 when the server did not say
     */
    void progress(long bytesRead, long totalBytes);

    static DownloadListener none() {
        return (read, total) -> {};
    }
}
