package org.tracelab.app.ui.export;

import java.util.concurrent.CancellationException;
import javafx.concurrent.Task;
import org.tracelab.app.service.export.ExportService;
import org.tracelab.app.service.workspace.Workspace;
import org.tracelab.core.export.ExportPreview;

/** Decides an export without writing it, for the dialog's preview. */
final class PreviewTask extends Task<ExportPreview> {

    static final int LINES = 5;

    private final Workspace workspace;
    private final ExportService.Request request;

    PreviewTask(Workspace workspace, ExportService.Request request) {
        this.workspace = workspace;
        this.request = request;
        updateTitle("Previewing the export");
        updateMessage(request.kind().name());
    }

    @Override
    protected ExportPreview call() {
        return workspace.previewExport(request, LINES, (done, total) -> {
            if (isCancelled()) {
                throw new CancellationException("preview cancelled");
            }
            updateProgress(done, total);
        });
    }
}
