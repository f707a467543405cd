package org.tracelab.core.export;

/** The exporting thread was interrupted; no file was written or replaced. The interrupt status is kept. */
public final class ExportCancelledException extends ExportException {

    private static final long serialVersionUID = 1L;

    public ExportCancelledException(String message) {
        super(message);
    }
}
