package org.tracelab.app.ui.importing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.tracelab.app.ui.errors.ErrorReporter;
import org.tracelab.app.ui.jobs.BackgroundJobs;
import org.tracelab.app.ui.workspace.StoreSession;
import org.tracelab.app.service.workspace.Workspace;
import org.tracelab.core.importing.ImportFormat;
import org.tracelab.core.io.InputProblem;
import org.tracelab.core.io.InputProblemException;

/**
 * The import form and its job. The inputs (format, files, prompts, NLTK folder) are writable; everything derived
 * — validation messages, whether Import is possible, progress, each file's outcome, the problems found — is
 * read-only. Import is possible only when the form has no validation message and no import is running.
 */
public final class ImportViewModel {

    private final StoreSession session;
    private final BackgroundJobs jobs;
    private final ErrorReporter errors;
    private final Consumer<List<Path>> onImported;

    private final ObjectProperty<ImportFormat> format = new SimpleObjectProperty<>(this, "format", ImportFormat.WASMAGENT);
    private final ObservableList<Path> files = FXCollections.observableArrayList();
    private final ObjectProperty<Path> prompts = new SimpleObjectProperty<>(this, "prompts");
    private final ObjectProperty<Path> nltkData = new SimpleObjectProperty<>(this, "nltkData");

    private final ObservableList<String> validation = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final BooleanBinding canImport = Bindings.isEmpty(validation).and(running.not());
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ObservableList<FileOutcome> outcomes = FXCollections.observableArrayList();
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private ImportTask current;

    /** @param onImported called with the files used (imported files and prompts) when at least one file was stored */
    public ImportViewModel(StoreSession session, BackgroundJobs jobs, ErrorReporter errors,
            Consumer<List<Path>> onImported) {
        this.session = session;
        this.jobs = jobs;
        this.errors = errors;
        this.onImported = onImported;
        Observable[] inputs = {format, files, prompts, session.workspace()};
        for (Observable input : inputs) {
            input.addListener(obs -> validate());
        }
        validate();
    }

    public ObjectProperty<ImportFormat> format() {
        return format;
    }

    /** The files to import, in order. */
    public ObservableList<Path> files() {
        return files;
    }

    /** The IFEval prompts file; required when the format's files carry no instruction lists. */
    public ObjectProperty<Path> prompts() {
        return prompts;
    }

    /** An NLTK data folder for Punkt; null searches the default folders. */
    public ObjectProperty<Path> nltkData() {
        return nltkData;
    }

    /** What must change before Import is possible; empty when the form is complete. */
    public ObservableList<String> validationMessages() {
        return FXCollections.unmodifiableObservableList(validation);
    }

    public BooleanBinding canImport() {
        return canImport;
    }

    public ReadOnlyBooleanProperty running() {
        return running.getReadOnlyProperty();
    }

    /** 0 to 1 over the files; -1 while the verifier and prompts load. */
    public ReadOnlyDoubleProperty progress() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty message() {
        return message.getReadOnlyProperty();
    }

    /** One sentence on how the last import ended. */
    public ReadOnlyStringProperty summary() {
        return summary.getReadOnlyProperty();
    }

    /** Each file's outcome, as files finish. */
    public ObservableList<FileOutcome> outcomes() {
        return FXCollections.unmodifiableObservableList(outcomes);
    }

    /** Every problem found, as {@code FILE:LINE: field: message}. */
    public ObservableList<String> problems() {
        return FXCollections.unmodifiableObservableList(problems);
    }

    /** Whether the prompts file is needed by the chosen format. */
    public boolean promptsRequired() {
        return format.get() != null && format.get().needsPrompts();
    }

    /** Starts the import in the background; does nothing when the form is not valid. */
    public void startImport() {
        validate();
        if (!canImport.get()) {
            return;
        }
        Workspace workspace = session.workspace().get();
        ImportRequest request = new ImportRequest(format.get(), files, promptsRequired() ? prompts.get() : null,
                nltkData.get());
        ImportTask task = new ImportTask(workspace, request);
        current = task;
        outcomes.clear();
        problems.clear();
        summary.set("");
        running.set(true);
        progress.bind(task.progressProperty());
        message.bind(task.messageProperty());
        task.valueProperty().addListener((obs, old, sofar) -> {
            if (sofar != null) {
                showOutcomes(sofar);
            }
        });
        task.setOnSucceeded(event -> finished(task, request));
        task.setOnFailed(event -> failed(task));
        jobs.run(task);
    }

    /** Stops after the file being imported; that file is still stored whole or not at all. */
    public void stop() {
        if (current != null) {
            current.requestStop();
        }
    }

    private void finished(ImportTask task, ImportRequest request) {
        unbind();
        List<FileOutcome> result = task.getValue();
        showOutcomes(result);
        long imported = result.stream().filter(FileOutcome.Imported.class::isInstance).count();
        long notImported = result.size() - imported;
        summary.set(imported == result.size()
                ? "Imported " + plural(imported, "file") + "."
                : "Imported " + plural(imported, "file") + ", " + notImported + " not imported: see below.");
        if (imported > 0) {
            List<Path> used = new ArrayList<>(result.stream().filter(FileOutcome.Imported.class::isInstance)
                    .map(FileOutcome::file).toList());
            if (request.prompts() != null) {
                used.add(request.prompts());
            }
            onImported.accept(used);
        }
    }

    private void failed(ImportTask task) {
        unbind();
        Throwable failure = task.getException();
        if (failure instanceof InputProblemException problem) {
            problems.setAll(problem.problems().stream().map(InputProblem::toString).toList());
            summary.set("Nothing imported: the prompts file has problems (below). Fix them or choose another "
                    + "prompts file.");
        } else if (failure instanceof IllegalArgumentException && nltkData.get() != null) {
            summary.set("Nothing imported: " + failure.getMessage() + ". Choose an NLTK data folder that holds "
                    + "tokenizers/punkt_tab/english, or clear the field to use the default.");
        } else {
            summary.set("Nothing more imported: the import stopped with an error.");
            errors.report("The import stopped with an unexpected error. Files listed as imported are in the store; "
                    + "the others are not. Try again, or import them with `tracelab import` for more detail.", failure);
        }
    }

    private void showOutcomes(List<FileOutcome> sofar) {
        outcomes.setAll(sofar);
        List<String> lines = new ArrayList<>();
        for (FileOutcome outcome : sofar) {
            if (outcome instanceof FileOutcome.Rejected rejected) {
                rejected.problems().forEach(problem -> lines.add(problem.toString()));
            }
        }
        problems.setAll(lines);
    }

    private void unbind() {
        progress.unbind();
        message.unbind();
        running.set(false);
        current = null;
    }

    private void validate() {
        List<String> messages = new ArrayList<>();
        if (session.workspace().get() == null) {
            messages.add("The store is not open yet.");
        }
        if (format.get() == null) {
            messages.add("Choose the format of the files.");
        }
        if (files.isEmpty()) {
            messages.add("Add at least one file to import.");
        }
        if (promptsRequired() && prompts.get() == null) {
            messages.add("Choose the prompts file (IFEval input_data.jsonl): " + format.get().cliName()
                    + " files carry no instruction lists.");
        }
        validation.setAll(messages);
    }

    private static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
