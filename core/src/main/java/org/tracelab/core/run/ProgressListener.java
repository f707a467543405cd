package org.tracelab.core.run;

/**
 * Told after each finished chain (and once at the start); the CLI draws a progress bar, the UI reuses it.
 * Called from worker threads while the job holds its progress lock: keep it quick and do not call back into
 * the job.
 */
@FunctionalInterface
public interface ProgressListener {

    ProgressListener NONE = progress -> {};

    void onProgress(Progress progress);
}
