package org.tracelab.app.ui.export;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.tracelab.app.service.TaskProgress;
import org.tracelab.app.service.export.ExportService;
import org.tracelab.app.service.workspace.Workspace;
import org.tracelab.app.ui.errors.ErrorReporter;
import org.tracelab.app.ui.jobs.Job;
import org.tracelab.app.ui.jobs.JobProgress;
import org.tracelab.app.ui.jobs.JobRequest;
import org.tracelab.app.ui.jobs.JobState;
import org.tracelab.app.ui.jobs.Jobs;
import org.tracelab.app.ui.runs.RunRow;
import org.tracelab.app.ui.workspace.StoreSession;
import org.tracelab.core.export.ExportException;
import org.tracelab.core.export.ExportPreview;
import org.tracelab.core.export.ExportResult;
import org.tracelab.core.export.TaskOrigins;

/**
 * The export form: what to export ({@link ExportSelectionSection}) and where ({@link ExportDestinationSection}), a preview of the first lines (recomputed in the background when an
 * option changes), the export itself in the background with progress and cancel, then the written files.
 */
public final class ExportViewModel {

    /** Training lines the preview shows. */
    static final int PREVIEW_LINES = 5;

    private final StoreSession session;
    private final Jobs jobs;
    private final ErrorReporter errors;
    private final FolderOpener folders;
    private final ExportSelectionSection selection;
    private final ExportDestinationSection destination;

    private final ObservableList<String> validationMessages = FXCollections.observableArrayList();
    private final ObservableList<String> previewLines = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper previewSummary = new ReadOnlyStringWrapper(this, "previewSummary", "");
    private final ReadOnlyStringWrapper previewOrigins = new ReadOnlyStringWrapper(this, "previewOrigins", "");
    private final JobState exporting = new JobState();
    private final ObservableList<Path> writtenFiles = FXCollections.observableArrayList();
    private final BooleanBinding canExport;
    private final BooleanBinding canOpenFolder;

    private Job previewJob = Job.DONE;
    private int previewGeneration;
    private Job exportJob = Job.DONE;

    public ExportViewModel(
            StoreSession session, ObservableList<RunRow> runs, Jobs jobs, ErrorReporter errors, FolderOpener folders) {
        this.session = session;
        this.jobs = jobs;
        this.errors = errors;
        this.folders = folders;
        this.selection = new ExportSelectionSection(runs);
        this.destination = new ExportDestinationSection(selection.kind());
        canExport = Bindings.isEmpty(validationMessages).and(exporting.running().not());
        canOpenFolder =
                Bindings.isNotEmpty(writtenFiles).and(exporting.running().not());
        List<Observable> inputs = new ArrayList<>(selection.inputs());
        inputs.addAll(destination.inputs());
        inputs.forEach(input -> input.addListener(change -> validate()));
        selection.inputs().forEach(option -> option.addListener(change -> preview()));
        validate();
    }

    /** Fills the form in for one run's curated pairs, as the Pairs view's Export button does. */
    public void prepareCurated(Long run) {
        selection.curatedPairsOf(run);
    }

    /** What to export. */
    public ExportSelectionSection selection() {
        return selection;
    }

    /** Where to write it. */
    public ExportDestinationSection destination() {
        return destination;
    }

    public ObservableList<String> validationMessages() {
        return validationMessages;
    }

    public ObservableList<String> previewLines() {
        return previewLines;
    }

    /** Counts of the previewed export, or why nothing would be exported. */
    public ReadOnlyStringProperty previewSummary() {
        return previewSummary.getReadOnlyProperty();
    }

    /**
     * Where the previewed tasks come from and what the card will warn about, as the dataset card will say it: "12 of
     * 40 tasks were composed from my-pool.txt (seed 42); the other 28 tasks come from their runs' task files." and
     * the card's warnings, one per line; empty when there is nothing to say.
     */
    public ReadOnlyStringProperty previewOrigins() {
        return previewOrigins.getReadOnlyProperty();
    }

    /** The export job: running, progress (mining, then writing), message, and how the last export ended. */
    public JobState exporting() {
        return exporting;
    }

    public ReadOnlyBooleanProperty running() {
        return exporting.running();
    }

    public ReadOnlyDoubleProperty progress() {
        return exporting.progress();
    }

    public ReadOnlyStringProperty message() {
        return exporting.message();
    }

    /** How the last export ended. */
    public ReadOnlyStringProperty summary() {
        return exporting.summary();
    }

    /** The files the last export wrote: training file, test file when any, manifest, card. */
    public ObservableList<Path> writtenFiles() {
        return writtenFiles;
    }

    public BooleanBinding canExport() {
        return canExport;
    }

    public BooleanBinding canOpenFolder() {
        return canOpenFolder;
    }

    /** Recomputes the preview in the background; a newer preview wins. */
    public void preview() {
        Workspace workspace = session.workspace().get();
        previewJob.cancel();
        int computing = ++previewGeneration;
        previewJob = Job.DONE;
        Optional<ExportService.Request> wanted =
                selection.request(destination.out().orElse(Path.of("preview.jsonl")));
        if (workspace == null || wanted.isEmpty()) {
            previewLines.clear();
            previewOrigins.set("");
            previewSummary.set(workspace == null ? "No store is open." : "Fix the test fraction to see a preview.");
            return;
        }
        ExportService.Request request = wanted.get();
        previewSummary.set("Computing the preview…");
        previewOrigins.set("");
        if (request.kind() == ExportService.Kind.RECORDS) {
            previewJob = jobs.submit(JobRequest.longRunning(
                            "Previewing the records",
                            progress -> workspace.previewRecords(request.runId(), PREVIEW_LINES))
                    .onSuccess(preview -> {
                        if (computing == previewGeneration) {
                            previewLines.setAll(preview.firstLines());
                            previewSummary.set(preview.chains() + " record(s), one per chain of " + preview.runs()
                                    + " run(s); each is checked against the record schema as it is written.");
                        }
                    })
                    .onFailure(failure -> previewFailed(computing, failure)));
            return;
        }
        previewJob = jobs.submit(JobRequest.longRunning(
                        "Previewing the export",
                        progress -> workspace.previewExport(request, PREVIEW_LINES, (done, total) -> {
                            progress.stopIfCancelled();
                            progress.update(done, total);
                        }))
                .message(request.kind().name())
                .onSuccess(preview -> {
                    if (computing == previewGeneration) {
                        previewLines.setAll(preview.firstLines());
                        previewSummary.set(describe(preview));
                        previewOrigins.set(origins(preview));
                    }
                })
                .onFailure(failure -> previewFailed(computing, failure)));
    }

    private void previewFailed(int computing, Throwable failure) {
        if (computing != previewGeneration) {
            return;
        }
        previewLines.clear();
        if (failure instanceof ExportException nothing) {
            previewSummary.set(capitalised(nothing.getMessage()));
        } else {
            previewSummary.set("No preview: the store could not be read.");
            errors.report("Cannot preview the export. Check the store and try again.", failure);
        }
    }

    /** Writes the dataset in the background; does nothing while the form has errors. */
    public void export() {
        Workspace workspace = session.workspace().get();
        if (!canExport.get() || workspace == null) {
            return;
        }
        writtenFiles.clear();
        ExportService.Request request =
                selection.request(destination.out().orElseThrow()).orElseThrow();
        if (request.kind() == ExportService.Kind.RECORDS) {
            exportRecords(workspace, request.runId(), request.options().out());
            return;
        }
        exportJob = jobs.submit(JobRequest.longRunning(
                        "Exporting " + request.kind().name(), progress -> write(workspace, request, progress))
                .message(request.options().out().getFileName().toString())
                .tracking(exporting)
                .onSuccess(this::exported)
                .onCancelled(() -> exporting.summary("Export cancelled; nothing was written."))
                .onFailure(failure -> {
                    if (failure instanceof ExportException refused) {
                        exporting.summary("Not exported: " + refused.getMessage());
                    } else {
                        exporting.summary("Export failed; nothing was written.");
                        errors.report(
                                "Cannot export the dataset. Check that the folder is writable and try again.", failure);
                    }
                }));
    }

    /** Writes the records in the background, with progress per line; a record that fails validation writes none. */
    private void exportRecords(Workspace workspace, Long runId, Path out) {
        exportJob = jobs.submit(JobRequest.longRunning(
                        "Exporting records",
                        progress -> workspace.exportRecords(runId, out, (written, total) -> {
                            progress.stopIfCancelled();
                            progress.update(written, total);
                            progress.message("writing record " + written + " of " + total);
                        }))
                .message(out.getFileName().toString())
                .tracking(exporting)
                .onSuccess(result -> {
                    writtenFiles.setAll(List.of(result.file()));
                    exporting.summary("Wrote " + result.records() + " record(s), one per chain.");
                })
                .onCancelled(() -> exporting.summary("Export cancelled; nothing was written."))
                .onFailure(failure -> {
                    if (failure instanceof ExportException refused) {
                        exporting.summary("Not exported: " + refused.getMessage());
                    } else {
                        exporting.summary("Export failed; nothing was written.");
                        errors.report(
                                "Cannot export the records. Check that the folder is writable and try again.", failure);
                    }
                }));
    }

    /** Stops the export; the exporter leaves no file behind. */
    public void cancel() {
        exportJob.cancel();
    }

    /** Shows the written files' folder in the file manager, off the UI thread. */
    public void openFolder() {
        if (writtenFiles.isEmpty()) {
            return;
        }
        Path target = writtenFiles.get(0).getParent();
        jobs.submit(JobRequest.browse("Opening folder", progress -> {
                    folders.open(target);
                    return null;
                })
                .message(target.toString())
                .onFailure(failure ->
                        errors.report("Cannot open " + target + " in the file manager; open it by hand.", failure)));
    }

    /** Mining is the first half of the progress (per task), writing the second (per line). */
    private static ExportResult write(Workspace workspace, ExportService.Request request, JobProgress progress) {
        TaskProgress mining = (done, total) -> {
            progress.stopIfCancelled();
            progress.update(done, 2L * total);
            progress.message("reading task " + done + " of " + total);
        };
        return workspace.export(request, mining, (written, total) -> {
            progress.stopIfCancelled();
            progress.update(total + written, 2 * total);
            progress.message("writing line " + written + " of " + total);
        });
    }

    private void exported(ExportResult result) {
        List<Path> files = new ArrayList<>(List.of(result.train()));
        result.test().ifPresent(files::add);
        files.add(result.manifest());
        files.add(result.card());
        writtenFiles.setAll(files);
        exporting.summary("Wrote " + result.trainCounts().lines() + " training line(s) from "
                + result.trainCounts().tasks() + " task(s)"
                + result.test()
                        .map(test -> " and " + result.testCounts().lines() + " test line(s)")
                        .orElse("") + ".");
    }

    private void validate() {
        List<String> problems = new ArrayList<>();
        selection.check(problems);
        destination.check(problems);
        validationMessages.setAll(problems);
    }

    private static String describe(ExportPreview preview) {
        StringBuilder text = new StringBuilder()
                .append(preview.trainCounts().lines())
                .append(" training line(s) from ")
                .append(preview.trainCounts().tasks())
                .append(" task(s)");
        if (preview.testCounts().lines() > 0) {
            text.append(", ").append(preview.testCounts().lines()).append(" test line(s)");
        }
        text.append("; ").append(preview.inputs()).append(" candidate(s)");
        preview.excluded()
                .forEach((reason, count) -> text.append(", ")
                        .append(count)
                        .append(' ')
                        .append(reason.id().replace('_', ' ')));
        return text.append('.').toString();
    }

    /** The task origins and warnings the card will state, in a person's words. */
    static String origins(ExportPreview preview) {
        List<String> lines = new ArrayList<>();
        TaskOrigins origins = preview.origins();
        if (origins.composed() > 0) {
            String pools = origins.poolList().stream()
                    .map(pool -> pool.name() + " (seed"
                            + (pool.seeds().size() == 1 ? " " : "s ")
                            + pool.seeds().stream().map(String::valueOf).collect(Collectors.joining(", ")) + ")")
                    .collect(Collectors.joining(", "));
            int others = origins.uncomposed();
            lines.add(
                    origins.composed() + " of " + origins.tasks() + (origins.tasks() == 1 ? " task was" : " tasks were")
                            + " composed from " + pools
                            + (others == 0
                                    ? "."
                                    : others == 1
                                            ? "; the other task comes from its run's task file."
                                            : "; the other " + others + " tasks come from their runs' task files."));
        }
        preview.warnings().forEach(warning -> lines.add("Warning: " + warning + "."));
        return String.join("\n", lines);
    }

    private static String capitalised(String message) {
        return message.isEmpty() ? message : Character.toUpperCase(message.charAt(0)) + message.substring(1) + ".";
    }
}
