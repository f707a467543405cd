package org.tracelab.core.dataset;

/** A dataset could not be downloaded or is not usable; the message names the address and what went wrong. */
public class DatasetDownloadException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DatasetDownloadException(String message) {
        super(message);
    }

    public DatasetDownloadException(String message, Throwable cause) {
        super(message, cause);
    }
}
