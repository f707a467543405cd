package org.tracelab.app.ui.importing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.concurrent.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tracelab.app.service.workspace.Workspace;
import org.tracelab.core.dataset.IfevalTask;
import org.tracelab.core.io.InputProblemException;
import org.tracelab.core.verify.Verifier;

/**
 * Imports files one by one, each in its own transaction, reporting progress per file and each file's outcome as
 * it ends (as intermediate values). A stop request takes effect between files: a file is stored whole or not at
 * all. Fails only when the setup fails (the prompts file has problems, the NLTK folder is unusable).
 */
final class ImportTask extends Task<List<FileOutcome>> {

    private static final Logger LOG = LoggerFactory.getLogger(ImportTask.class);

    private final Workspace workspace;
    private final ImportRequest request;
    private final AtomicBoolean stopRequested = new AtomicBoolean();

    ImportTask(Workspace workspace, ImportRequest request) {
        this.workspace = workspace;
        this.request = request;
        updateTitle("Importing traces");
        updateMessage("starting");
    }

    /** Stops after the file being imported. */
    void requestStop() {
        stopRequested.set(true);
    }

    @Override
    protected List<FileOutcome> call() {
        int total = request.files().size();
        updateProgress(0, total);
        updateMessage("loading the verifier");
        Verifier verifier = workspace.verifier(request.nltkData());
        List<IfevalTask> prompts = List.of();
        if (request.format().needsPrompts()) {
            updateMessage("reading " + request.prompts().getFileName());
            prompts = workspace.readPrompts(request.prompts());
        }
        List<FileOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            Path file = request.files().get(i);
            if (stopRequested.get()) {
                outcomes.add(new FileOutcome.Skipped(file));
                continue;
            }
            updateMessage("file " + (i + 1) + " of " + total + ": " + file.getFileName());
            outcomes.add(importOne(file, prompts, verifier));
            updateValue(List.copyOf(outcomes));
            updateProgress(i + 1, total);
        }
        updateMessage(stopRequested.get() ? "stopped" : "done");
        return List.copyOf(outcomes);
    }

    private FileOutcome importOne(Path file, List<IfevalTask> prompts, Verifier verifier) {
        try {
            return new FileOutcome.Imported(file, workspace.importFile(request.format(), file, prompts, verifier));
        } catch (InputProblemException e) {
            return new FileOutcome.Rejected(file, e.problems());
        } catch (RuntimeException e) {
            LOG.warn("import of {} failed", file, e);
            return new FileOutcome.Failed(file, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }
}
