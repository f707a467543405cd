package org.tracelab.app.ui.export;

import java.util.concurrent.CancellationException;
import javafx.concurrent.Task;
import org.tracelab.app.service.export.ExportService;
import org.tracelab.app.service.TaskProgress;
import org.tracelab.app.service.workspace.Workspace;
import org.tracelab.core.export.ExportResult;

/**
 * Mines and writes one export. Progress: the first half is mining (per task), the second writing (per line).
 * Cancelling interrupts the thread; the exporter then leaves no file behind.
 */
final class ExportTask extends Task<ExportResult> {

    private final Workspace workspace;
    private final ExportService.Request request;

    ExportTask(Workspace workspace, ExportService.Request request) {
        this.workspace = workspace;
        this.request = request;
        updateTitle("Exporting " + request.kind().name());
        updateMessage(request.options().out().getFileName().toString());
    }

    @Override
    protected ExportResult call() {
        TaskProgress mining = (done, total) -> {
            stopIfCancelled();
            updateProgress(done, 2L * total);
            updateMessage("reading task " + done + " of " + total);
        };
        return workspace.export(request, mining, (written, total) -> {
            stopIfCancelled();
            updateProgress(total + written, 2 * total);
            updateMessage("writing line " + written + " of " + total);
        });
    }

    private void stopIfCancelled() {
        if (isCancelled()) {
            throw new CancellationException("export cancelled");
        }
    }
}
