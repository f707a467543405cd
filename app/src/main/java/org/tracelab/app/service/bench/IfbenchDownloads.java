package org.tracelab.app.service.bench;

import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import org.tracelab.core.dataset.DownloadListener;
import org.tracelab.core.dataset.IfbenchDownload;
import org.tracelab.core.dataset.IfbenchDownloader;

/**
 * The benchmark dialog's "Get IFBench": AllenAI's IFBench test prompts, cached or downloaded. Network and file
 * I/O: call it in a background task, never on the JavaFX Application Thread. Tests give one on a loopback server.
 */
@FunctionalInterface
public interface IfbenchDownloads {

    /** The cached file when usable, else a download; throws what {@link IfbenchDownloader#obtain} throws. */
    IfbenchDownload obtain(DownloadListener listener, BooleanSupplier cancelled);

    /** From {@code allenai/IFBench} on GitHub into {@code cacheDir}; the HTTP client is made per use. */
    static IfbenchDownloads github(Path cacheDir) {
        return (listener, cancelled) -> IfbenchDownloader.github(cacheDir).obtain(listener, cancelled);
    }
}
