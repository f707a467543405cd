package org.tracelab.app.ui.export;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import org.tracelab.app.service.export.ExportService;
import org.tracelab.app.ui.errors.ErrorReporter;
import org.tracelab.app.ui.jobs.BackgroundJobs;
import org.tracelab.app.ui.runs.RunRow;
import org.tracelab.app.ui.workspace.StoreSession;
import org.tracelab.app.service.workspace.Workspace;
import org.tracelab.core.export.ExportException;
import org.tracelab.core.export.ExportOptions;
import org.tracelab.core.export.ExportPreview;
import org.tracelab.core.export.ExportResult;
import org.tracelab.core.export.ExportStyle;
import org.tracelab.core.run.PairMiner;

/**
 * The export form: what to export and where, a preview of the first lines (recomputed in the background when an
 * option changes), the export itself in the background with progress and cancel, then the written files.
 */
public final class ExportViewModel {

    private final StoreSession session;
    private final BackgroundJobs jobs;
    private final ErrorReporter errors;
    private final FolderOpener folders;
    private final ObservableList<RunRow> runs;

    private final ObjectProperty<Long> runId = new SimpleObjectProperty<>(this, "runId");
    private final ObjectProperty<ExportService.Kind> kind = new SimpleObjectProperty<>(this, "kind",
            ExportService.Kind.DPO);
    private final ObjectProperty<ExportStyle> style = new SimpleObjectProperty<>(this, "style",
            ExportStyle.CONVERSATIONAL);
    private final StringProperty testFraction = new SimpleStringProperty(this, "testFraction", "0");
    private final BooleanProperty includeFlagged = new SimpleBooleanProperty(this, "includeFlagged");
    private final BooleanProperty onlyCurated = new SimpleBooleanProperty(this, "onlyCurated");
    private final ObjectProperty<Path> folder = new SimpleObjectProperty<>(this, "folder");
    private final StringProperty fileName = new SimpleStringProperty(this, "fileName", "dpo.jsonl");

    private final ObservableList<String> validationMessages = FXCollections.observableArrayList();
    private final ObservableList<String> previewLines = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper previewSummary = new ReadOnlyStringWrapper(this, "previewSummary", "");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ObservableList<Path> writtenFiles = FXCollections.observableArrayList();
    private final BooleanBinding canExport;
    private final BooleanBinding canOpenFolder;

    private Task<ExportPreview> previewing;
    private Task<ExportResult> exporting;

    public ExportViewModel(StoreSession session, ObservableList<RunRow> runs, BackgroundJobs jobs,
            ErrorReporter errors, FolderOpener folders) {
        this.session = session;
        this.runs = runs;
        this.jobs = jobs;
        this.errors = errors;
        this.folders = folders;
        canExport = Bindings.isEmpty(validationMessages).and(running.not());
        canOpenFolder = Bindings.isNotEmpty(writtenFiles).and(running.not());
        kind.addListener((obs, old, now) -> {
            if (defaultName(old).equals(fileName.get())) {
                fileName.set(defaultName(now));
            }
        });
        for (Observable option : List.of(runId, kind, style, testFraction, includeFlagged, onlyCurated, folder,
                fileName)) {
            option.addListener(change -> validate());
        }
        for (Observable option : List.of(runId, kind, style, testFraction, includeFlagged, onlyCurated)) {
            option.addListener(change -> preview());
        }
        validate();
    }

    /** Fills the form in for one run's curated pairs, as the Pairs view's Export button does. */
    public void prepareCurated(Long run) {
        runId.set(run);
        kind.set(ExportService.Kind.DPO);
        onlyCurated.set(true);
    }

    public ObservableList<RunRow> runs() {
        return runs;
    }

    /** Null exports every run. */
    public ObjectProperty<Long> runId() {
        return runId;
    }

    public ObjectProperty<ExportService.Kind> kind() {
        return kind;
    }

    public ObjectProperty<ExportStyle> style() {
        return style;
    }

    /** The share of tasks held out, as typed. */
    public StringProperty testFraction() {
        return testFraction;
    }

    public BooleanProperty includeFlagged() {
        return includeFlagged;
    }

    /** Only included pairs (DPO) or chains (SFT, KTO); excluded ones are left out either way. */
    public BooleanProperty onlyCurated() {
        return onlyCurated;
    }

    public ObjectProperty<Path> folder() {
        return folder;
    }

    public StringProperty fileName() {
        return fileName;
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

    public ReadOnlyBooleanProperty running() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progress() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty message() {
        return message.getReadOnlyProperty();
    }

    /** How the last export ended. */
    public ReadOnlyStringProperty summary() {
        return summary.getReadOnlyProperty();
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
        if (previewing != null) {
            previewing.cancel();
            previewing = null;
        }
        Double fraction = fraction();
        if (workspace == null || fraction == null) {
            previewLines.clear();
            previewSummary.set(workspace == null ? "No store is open." : "Fix the test fraction to see a preview.");
            return;
        }
        Path out = outFile() == null ? Path.of("preview.jsonl") : outFile();
        Task<ExportPreview> task = new PreviewTask(workspace, request(out, fraction));
        previewing = task;
        previewSummary.set("Computing the preview…");
        task.setOnSucceeded(event -> {
            if (task == previewing) {
                previewing = null;
                previewLines.setAll(task.getValue().firstLines());
                previewSummary.set(describe(task.getValue()));
            }
        });
        task.setOnFailed(event -> {
            if (task == previewing) {
                previewing = null;
                previewLines.clear();
                if (task.getException() instanceof ExportException nothing) {
                    previewSummary.set(capitalised(nothing.getMessage()));
                } else {
                    previewSummary.set("No preview: the store could not be read.");
                    errors.report("Cannot preview the export. Check the store and try again.", task.getException());
                }
            }
        });
        jobs.run(task);
    }

    /** Writes the dataset in the background; does nothing while the form has errors. */
    public void export() {
        Workspace workspace = session.workspace().get();
        if (!canExport.get() || workspace == null) {
            return;
        }
        writtenFiles.clear();
        summary.set("");
        Task<ExportResult> task = new ExportTask(workspace, request(outFile(), fraction()));
        exporting = task;
        running.set(true);
        progress.bind(task.progressProperty());
        message.bind(task.messageProperty());
        task.setOnSucceeded(event -> {
            finish();
            ExportResult result = task.getValue();
            List<Path> files = new ArrayList<>(List.of(result.train()));
            result.test().ifPresent(files::add);
            files.add(result.manifest());
            files.add(result.card());
            writtenFiles.setAll(files);
            summary.set("Wrote " + result.trainCounts().lines() + " training line(s) from "
                    + result.trainCounts().tasks() + " task(s)" + result.test().map(test -> " and "
                    + result.testCounts().lines() + " test line(s)").orElse("") + ".");
        });
        task.setOnCancelled(event -> {
            finish();
            summary.set("Export cancelled; nothing was written.");
        });
        task.setOnFailed(event -> {
            finish();
            if (task.getException() instanceof ExportException refused) {
                summary.set("Not exported: " + refused.getMessage());
            } else {
                summary.set("Export failed; nothing was written.");
                errors.report("Cannot export the dataset. Check that the folder is writable and try again.",
                        task.getException());
            }
        });
        jobs.run(task);
    }

    public void cancel() {
        if (exporting != null) {
            exporting.cancel();
        }
    }

    /** Shows the written files' folder in the file manager, off the FX thread. */
    public void openFolder() {
        if (writtenFiles.isEmpty()) {
            return;
        }
        Path target = writtenFiles.get(0).getParent();
        Task<Void> task = new Task<>() {
            {
                updateTitle("Opening folder");
                updateMessage(target.toString());
            }

            @Override
            protected Void call() throws Exception {
                folders.open(target);
                return null;
            }
        };
        task.setOnFailed(event -> errors.report("Cannot open " + target + " in the file manager; open it by hand.",
                task.getException()));
        jobs.run(task);
    }

    private void finish() {
        progress.unbind();
        message.unbind();
        running.set(false);
        exporting = null;
    }

    private ExportService.Request request(Path out, double fraction) {
        ExportOptions options = ExportOptions.defaults(out).withStyle(style.get())
                .withIncludeFlagged(includeFlagged.get()).withTestSplit(fraction, 0).withOnlyCurated(onlyCurated.get());
        return new ExportService.Request(runId.get(), kind.get(), PairMiner.DEFAULT_MAX_PAIRS_PER_TASK, options);
    }

    private void validate() {
        List<String> problems = new ArrayList<>();
        if (fraction() == null) {
            problems.add("Test fraction: give a number from 0 up to (not including) 1, e.g. 0.1.");
        }
        if (folder.get() == null) {
            problems.add("Choose the folder to write into.");
        }
        String name = fileName.get() == null ? "" : fileName.get().strip();
        if (!name.endsWith(".jsonl") || name.length() == ".jsonl".length() || name.contains("/")
                || name.contains("\\")) {
            problems.add("File name: a plain name ending in .jsonl, e.g. dpo.jsonl.");
        }
        validationMessages.setAll(problems);
    }

    private Path outFile() {
        String name = fileName.get() == null ? "" : fileName.get().strip();
        return folder.get() == null || name.isEmpty() ? null : folder.get().resolve(name);
    }

    private Double fraction() {
        try {
            double value = Double.parseDouble(testFraction.get().strip());
            return value >= 0 && value < 1 ? value : null;
        } catch (NumberFormatException | NullPointerException e) {
            return null;
        }
    }

    private static String defaultName(ExportService.Kind kind) {
        return kind.name().toLowerCase(Locale.ROOT) + ".jsonl";
    }

    private static String describe(ExportPreview preview) {
        StringBuilder text = new StringBuilder().append(preview.trainCounts().lines()).append(" training line(s) from ")
                .append(preview.trainCounts().tasks()).append(" task(s)");
        if (preview.testCounts().lines() > 0) {
            text.append(", ").append(preview.testCounts().lines()).append(" test line(s)");
        }
        text.append("; ").append(preview.inputs()).append(" candidate(s)");
        preview.excluded().forEach((reason, count) -> text.append(", ").append(count).append(' ')
                .append(reason.id().replace('_', ' ')));
        return text.append('.').toString();
    }

    private static String capitalised(String message) {
        return message.isEmpty() ? message : Character.toUpperCase(message.charAt(0)) + message.substring(1) + ".";
    }
}
