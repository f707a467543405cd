package org.tracelab.core.export;

/**
 * Export progress, called on the exporting thread after each line written; listeners that update a UI should
 * hand over and return quickly. An exception thrown here aborts the export and leaves no file behind.
 */
@FunctionalInterface
public interface ExportListener {

    ExportListener NONE = (written, total) -> {};

    /** {@code written} of {@code total} lines (train and test together) are on disk in temporary files. */
    void progress(long written, long total);
}
