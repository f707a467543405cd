package org.tracelab.app.ui.importing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.tracelab.app.service.workspace.Workspace;
import org.tracelab.app.ui.errors.ErrorReporter;
import org.tracelab.app.ui.jobs.JobRequest;
import org.tracelab.app.ui.jobs.JobState;
import org.tracelab.app.ui.jobs.Jobs;
import org.tracelab.app.ui.workspace.StoreSession;
import org.tracelab.core.io.InputProblem;
import org.tracelab.core.io.InputProblemException;

/**
 * The import form, in two sections ({@link ImportFilesSection}, {@link ImportVerifierSection}), and its job. The
 * inputs are writable; everything derived
 * — validation messages, whether Import is possible, progress, each file's outcome, the problems found — is
 * read-only. Import is possible only when the form has no validation message and no import is running.
 */
public final class ImportViewModel {

    private final StoreSession session;
    private final Jobs jobs;
    private final ErrorReporter errors;
    private final Consumer<List<Path>> onImported;

    private final ImportFilesSection source = new ImportFilesSection();
    private final ImportVerifierSection verification = new ImportVerifierSection(source.format());
    private final ObservableList<String> validation = FXCollections.observableArrayList();
    private final JobState importing = new JobState();
    private final BooleanBinding canImport =
            Bindings.isEmpty(validation).and(importing.running().not());
    private final ObservableList<FileOutcome> outcomes = FXCollections.observableArrayList();
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private ImportFiles current;
    private final javafx.beans.property.ReadOnlyObjectWrapper<Duplicates> duplicates =
            new javafx.beans.property.ReadOnlyObjectWrapper<>(this, "duplicates");
    private ImportRequest pending;

    /**
     * Files of the import that were imported before (same bytes, same format), with the runs they became; the
     * dialog asks whether to import them again ({@link #resolveDuplicates}).
     */
    public record Duplicates(java.util.Map<Path, List<Long>> earlier) {
        public Duplicates {
            earlier = java.util.Map.copyOf(earlier);
        }

        /** "runs.jsonl (run #3)", one per line. */
        public String describe() {
            StringBuilder text = new StringBuilder();
            earlier.forEach((file, runs) -> text.append(file.getFileName())
                    .append(" (run ")
                    .append(String.join(", ", runs.stream().map(id -> "#" + id).toList()))
                    .append(")\n"));
            return text.toString().strip();
        }
    }

    /** What to do about files imported before. */
    public enum DuplicateChoice {
        /** A second copy of each: a new run beside the earlier one. */
        IMPORT_AGAIN,
        /** Only the files not imported before. */
        SKIP_THEM,
        /** Nothing. */
        CANCEL
    }

    /** @param onImported called with the files used (imported files and prompts) when at least one file was stored */
    public ImportViewModel(StoreSession session, Jobs jobs, ErrorReporter errors, Consumer<List<Path>> onImported) {
        this.session = session;
        this.jobs = jobs;
        this.errors = errors;
        this.onImported = onImported;
        List<Observable> inputs = new ArrayList<>(source.inputs());
        inputs.addAll(verification.inputs());
        inputs.add(session.workspace());
        inputs.forEach(input -> input.addListener(obs -> validate()));
        validate();
    }

    /** The format and the files. */
    public ImportFilesSection source() {
        return source;
    }

    /** The prompts file and the NLTK folder. */
    public ImportVerifierSection verification() {
        return verification;
    }

    /** What must change before Import is possible; empty when the form is complete. */
    public ObservableList<String> validationMessages() {
        return FXCollections.unmodifiableObservableList(validation);
    }

    public BooleanBinding canImport() {
        return canImport;
    }

    /** The import job: running, progress over the files, message, and how the last import ended. */
    public JobState importing() {
        return importing;
    }

    public ReadOnlyBooleanProperty running() {
        return importing.running();
    }

    /** 0 to 1 over the files; -1 while the verifier and prompts load. */
    public ReadOnlyDoubleProperty progress() {
        return importing.progress();
    }

    public ReadOnlyStringProperty message() {
        return importing.message();
    }

    /** One sentence on how the last import ended. */
    public ReadOnlyStringProperty summary() {
        return importing.summary();
    }

    /** Each file's outcome, as files finish. */
    public ObservableList<FileOutcome> outcomes() {
        return FXCollections.unmodifiableObservableList(outcomes);
    }

    /** Every problem found, as {@code FILE:LINE: field: message}. */
    public ObservableList<String> problems() {
        return FXCollections.unmodifiableObservableList(problems);
    }

    /** Files imported before, while the dialog asks what to do about them; null otherwise. */
    public javafx.beans.property.ReadOnlyObjectProperty<Duplicates> duplicates() {
        return duplicates.getReadOnlyProperty();
    }

    /**
     * Starts the import in the background; does nothing when the form is not valid. First looks for files imported
     * before (same bytes, same format): if there are any, {@link #duplicates()} says so and nothing is imported until
     * {@link #resolveDuplicates} is told what to do.
     */
    public void startImport() {
        validate();
        if (!canImport.get()) {
            return;
        }
        Workspace workspace = session.workspace().get();
        ImportRequest request = new ImportRequest(
                source.format().get(),
                source.files(),
                verification.promptsUsed(),
                verification.nltkData().get());
        jobs.submit(JobRequest.longRunning("Looking for earlier imports", progress -> {
                    java.util.Map<Path, List<Long>> earlier = new java.util.LinkedHashMap<>();
                    for (Path file : request.files()) {
                        List<Long> runs = workspace.runsImportedFrom(request.format(), file);
                        if (!runs.isEmpty()) {
                            earlier.put(file, runs);
                        }
                    }
                    return earlier;
                })
                .tracking(importing)
                .onSuccess(earlier -> {
                    if (earlier.isEmpty()) {
                        run(workspace, request, java.util.Map.of());
                    } else {
                        pending = request;
                        duplicates.set(new Duplicates(earlier));
                    }
                })
                .onFailure(failure -> run(workspace, request, java.util.Map.of())));
    }

    /** Goes on with the import held back by {@link #duplicates()}, as the person chose. */
    public void resolveDuplicates(DuplicateChoice choice) {
        Duplicates found = duplicates.get();
        ImportRequest request = pending;
        duplicates.set(null);
        pending = null;
        Workspace workspace = session.workspace().get();
        if (found == null || request == null || workspace == null || choice == DuplicateChoice.CANCEL) {
            importing.summary(
                    choice == DuplicateChoice.CANCEL
                            ? "Nothing imported."
                            : importing.summary().get());
            return;
        }
        run(workspace, request, choice == DuplicateChoice.SKIP_THEM ? found.earlier() : java.util.Map.of());
    }

    private void run(Workspace workspace, ImportRequest whole, java.util.Map<Path, List<Long>> skipped) {
        ImportRequest request = new ImportRequest(
                whole.format(),
                whole.files().stream()
                        .filter(file -> !skipped.containsKey(file))
                        .toList(),
                whole.prompts(),
                whole.nltkData());
        List<FileOutcome> skips = skipped.entrySet().stream()
                .map(entry -> (FileOutcome) new FileOutcome.AlreadyImported(entry.getKey(), entry.getValue()))
                .toList();
        if (request.files().isEmpty()) {
            outcomes.setAll(skips);
            importing.summary("Nothing imported: every file was imported before.");
            return;
        }
        ImportFiles work = new ImportFiles(
                workspace, request, sofar -> jobs.ui().execute(() -> showOutcomes(concat(skips, sofar))));
        current = work;
        outcomes.clear();
        problems.clear();
        jobs.submit(JobRequest.longRunning("Importing traces", work)
                .message("starting")
                .tracking(importing)
                .onSuccess(result -> finished(concat(skips, result), request))
                .onFailure(this::failed));
    }

    private static List<FileOutcome> concat(List<FileOutcome> first, List<FileOutcome> then) {
        List<FileOutcome> all = new ArrayList<>(first);
        all.addAll(then);
        return all;
    }

    /** Stops after the file being imported; that file is still stored whole or not at all. */
    public void stop() {
        if (current != null) {
            current.requestStop();
        }
    }

    private void finished(List<FileOutcome> result, ImportRequest request) {
        current = null;
        showOutcomes(result);
        long imported =
                result.stream().filter(FileOutcome.Imported.class::isInstance).count();
        long skipped = result.stream()
                .filter(FileOutcome.AlreadyImported.class::isInstance)
                .count();
        long notImported = result.size() - imported - skipped;
        importing.summary((imported + skipped == result.size()
                        ? "Imported " + plural(imported, "file")
                        : "Imported " + plural(imported, "file") + ", " + notImported + " not imported: see below")
                + (skipped > 0 ? "; " + plural(skipped, "file") + " skipped as imported before." : "."));
        if (imported > 0) {
            List<Path> used = new ArrayList<>(result.stream()
                    .filter(FileOutcome.Imported.class::isInstance)
                    .map(FileOutcome::file)
                    .toList());
            if (request.prompts() != null) {
                used.add(request.prompts());
            }
            onImported.accept(used);
        }
    }

    private void failed(Throwable failure) {
        current = null;
        if (failure instanceof InputProblemException problem) {
            problems.setAll(
                    problem.problems().stream().map(InputProblem::toString).toList());
            importing.summary("Nothing imported: the prompts file has problems (below). Fix them or choose another "
                    + "prompts file.");
        } else if (failure instanceof IllegalArgumentException
                && verification.nltkData().get() != null) {
            importing.summary("Nothing imported: " + failure.getMessage() + ". Choose an NLTK data folder that holds "
                    + "tokenizers/punkt_tab/english, or clear the field to use the default.");
        } else {
            importing.summary("Nothing more imported: the import stopped with an error.");
            errors.report(
                    "The import stopped with an unexpected error. Files listed as imported are in the store; "
                            + "the others are not. Try again, or import them with `tracelab import` for more detail.",
                    failure);
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

    private void validate() {
        List<String> messages = new ArrayList<>();
        if (session.workspace().get() == null) {
            messages.add("The store is not open yet.");
        }
        source.check(messages);
        verification.check(messages);
        validation.setAll(messages);
    }

    private static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
