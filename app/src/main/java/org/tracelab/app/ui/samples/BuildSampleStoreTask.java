package org.tracelab.app.ui.samples;

import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import javafx.concurrent.Task;

/** Builds the sample store when missing (cancellable between chains) and returns its file. */
final class BuildSampleStoreTask extends Task<Path> {

    private final SampleStores samples;

    BuildSampleStoreTask(SampleStores samples) {
        this.samples = samples;
        updateTitle("Opening the illustrative sample store");
        updateMessage("hand-written traces, not model output");
    }

    @Override
    protected Path call() {
        return samples.ensureBuilt((done, total) -> {
            if (isCancelled()) {
                throw new CancellationException("the sample store build was cancelled");
            }
            updateMessage("verifying hand-written chain " + done + " of " + total);
            updateProgress(done, total);
        });
    }
}
