package org.tracelab.app.ui.importing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tracelab.app.service.workspace.Workspace;
import org.tracelab.app.ui.jobs.JobProgress;
import org.tracelab.app.ui.jobs.Work;
import org.tracelab.core.dataset.IfevalTask;
import org.tracelab.core.io.InputProblemException;
import org.tracelab.core.verify.Verifier;

/**
 * The import job's work: files one by one, each in its own transaction, progress per file, and each file's outcome
 * handed on as it ends. A stop request takes effect between files: a file is stored whole or not at all. Fails only
 * when the setup fails (the prompts file has problems, the NLTK folder is unusable).
 */
final class ImportFiles implements Work<List<FileOutcome>> {

    private static final Logger LOG = LoggerFactory.getLogger(ImportFiles.class);

    private final Workspace workspace;
    private final ImportRequest request;
    private final Consumer<List<FileOutcome>> sofar;
    private final AtomicBoolean stopRequested = new AtomicBoolean();

    /** @param sofar told the outcomes so far after each file, on the job's thread */
    ImportFiles(Workspace workspace, ImportRequest request, Consumer<List<FileOutcome>> sofar) {
        this.workspace = workspace;
        this.request = request;
        this.sofar = sofar;
    }

    /** Stops after the file being imported. Any thread. */
    void requestStop() {
        stopRequested.set(true);
    }

    @Override
    public List<FileOutcome> run(JobProgress progress) {
        int total = request.files().size();
        progress.update(0, total);
        progress.message("loading the verifier");
        Verifier verifier = workspace.verifier(request.nltkData());
        List<IfevalTask> prompts = List.of();
        if (request.format().needsPrompts()) {
            progress.message("reading " + request.prompts().getFileName());
            prompts = workspace.readPrompts(request.prompts());
        }
        List<FileOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            Path file = request.files().get(i);
            if (stopRequested.get()) {
                outcomes.add(new FileOutcome.Skipped(file));
                continue;
            }
            progress.message("file " + (i + 1) + " of " + total + ": " + file.getFileName());
            outcomes.add(importOne(file, prompts, verifier));
            sofar.accept(List.copyOf(outcomes));
            progress.update(i + 1, total);
        }
        progress.message(stopRequested.get() ? "stopped" : "done");
        return List.copyOf(outcomes);
    }

    private FileOutcome importOne(Path file, List<IfevalTask> prompts, Verifier verifier) {
        try {
            return new FileOutcome.Imported(file, workspace.importFile(request.format(), file, prompts, verifier));
        } catch (InputProblemException e) {
            return new FileOutcome.Rejected(file, e.problems());
        } catch (RuntimeException e) {
            LOG.warn("import of {} failed", file, e);
            return new FileOutcome.Failed(
                    file, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }
}
