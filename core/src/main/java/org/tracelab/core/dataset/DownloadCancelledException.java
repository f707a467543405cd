package org.tracelab.core.dataset;

/** The download was cancelled (or its thread interrupted); nothing was cached. */
public final class DownloadCancelledException extends DatasetDownloadException {

    private static final long serialVersionUID = 1L;

    public DownloadCancelledException(String message) {
        super(message);
    }
}
