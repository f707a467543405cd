package org.tracelab.app.ui.benchmark;

import org.tracelab.app.service.bench.IfevalDownloads;
import java.util.Locale;
import javafx.concurrent.Task;
import org.tracelab.core.dataset.IfevalDownload;

/**
 * Gets the IFEval prompts file (from the cache, or downloaded and checked), showing bytes received as progress
 * ("84 of 207 KiB"); {@link #cancel()} stops the download and nothing is cached.
 */
final class GetIfevalTask extends Task<IfevalDownload> {

    private final IfevalDownloads downloads;

    GetIfevalTask(IfevalDownloads downloads) {
        this.downloads = downloads;
        updateTitle("Getting IFEval");
        updateMessage("connecting");
        updateProgress(-1, 1);
    }

    @Override
    protected IfevalDownload call() {
        return downloads.obtain((read, total) -> {
            updateProgress(read, total > 0 ? total : -1);
            updateMessage(total > 0 ? kib(read) + " of " + kib(total) + " KiB" : kib(read) + " KiB");
        }, this::isCancelled);
    }

    static String kib(long bytes) {
        return String.format(Locale.ROOT, "%,d", (bytes + 1023) / 1024);
    }
}
