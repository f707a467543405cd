package org.tracelab.app.service.bench;

import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import org.tracelab.core.dataset.DownloadListener;
import org.tracelab.core.dataset.IfevalDownload;
import org.tracelab.core.dataset.IfevalDownloader;

/**
 * The benchmark dialog's "Get IFEval": the official prompts file, cached or downloaded. Network and file I/O:
 * call it in a background task, never on the JavaFX Application Thread. Tests give one on a loopback server.
 */
@FunctionalInterface
public interface IfevalDownloads {

    /** The cached file when usable, else a download; throws what {@link IfevalDownloader#obtain} throws. */
    IfevalDownload obtain(DownloadListener listener, BooleanSupplier cancelled);

    /** From Hugging Face's {@code google/IFEval} into {@code cacheDir}; the HTTP client is made per use. */
    static IfevalDownloads huggingFace(Path cacheDir) {
        return (listener, cancelled) -> IfevalDownloader.huggingFace(cacheDir).obtain(listener, cancelled);
    }
}
