package org.tracelab.app.ui.compose;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.tracelab.app.service.compose.ComposeService;
import org.tracelab.app.service.compose.ComposeService.Composition;
import org.tracelab.app.service.report.InstructionLabels;
import org.tracelab.app.ui.errors.ErrorReporter;
import org.tracelab.app.ui.jobs.Job;
import org.tracelab.app.ui.jobs.JobProgress;
import org.tracelab.app.ui.jobs.JobRequest;
import org.tracelab.app.ui.jobs.JobState;
import org.tracelab.app.ui.jobs.Jobs;
import org.tracelab.core.compose.ComposeException;
import org.tracelab.core.compose.ComposeOptions;
import org.tracelab.core.compose.ComposedTask;
import org.tracelab.core.compose.PromptPool;
import org.tracelab.core.io.InputProblemException;

/**
 * File › New task set…: the task composer as a form. Three sections — the files ({@link PoolSection}), the draw
 * ({@link DrawSection}) and the constraint types ({@link ConstraintChoicesSection}) — contribute the options and
 * their problems; while there are none, the first tasks are previewed exactly as they will be written. Compose reads
 * the pool, composes every task in the background (progress, cancel) and writes the task file atomically; the file
 * can then be used in Run a benchmark….
 */
public final class ComposeViewModel {

    /** Tasks the preview shows. */
    static final int PREVIEW_TASKS = 3;

    private static final String NO_PREVIEW = "The first tasks show here once the form is complete.";

    private final Jobs jobs;
    private final ErrorReporter errors;
    private final ComposeService composer;
    private final InstructionLabels labels;
    private final Consumer<Path> onComposed;
    private final Consumer<Path> useInBenchmark;
    private final PoolSection files;
    private final DrawSection draw = new DrawSection();
    private final ConstraintChoicesSection constraints;
    private final ObservableList<String> validation = FXCollections.observableArrayList();
    private final ObservableList<String> validationView = FXCollections.unmodifiableObservableList(validation);
    private final ObservableList<TaskPreview> preview = FXCollections.observableArrayList();
    private final ObservableList<TaskPreview> previewView = FXCollections.unmodifiableObservableList(preview);
    private final ReadOnlyStringWrapper previewStatus = new ReadOnlyStringWrapper(this, "previewStatus", NO_PREVIEW);
    private final ReadOnlyObjectWrapper<Path> composedFile = new ReadOnlyObjectWrapper<>(this, "composedFile");
    private final JobState composing = new JobState();
    private final BooleanBinding canCompose;
    private PromptPool validPool;
    private ComposeOptions validOptions;
    private Job previewJob = Job.DONE;
    private int previewGeneration;
    private Job composeJob = Job.DONE;

    /**
     * @param onComposed     told each task file written, to remember it among the recent files
     * @param useInBenchmark opens Run a benchmark… with the written task file
     */
    public ComposeViewModel(
            Jobs jobs,
            ErrorReporter errors,
            ComposeService composer,
            InstructionLabels labels,
            Consumer<Path> onComposed,
            Consumer<Path> useInBenchmark) {
        this.jobs = jobs;
        this.errors = errors;
        this.composer = composer;
        this.labels = labels;
        this.onComposed = onComposed;
        this.useInBenchmark = useInBenchmark;
        this.files = new PoolSection(composer, jobs);
        this.constraints = new ConstraintChoicesSection(composer.registry(), labels);
        canCompose = Bindings.isEmpty(validation).and(composing.running().not());
        List<Observable> inputs = new ArrayList<>(files.inputs());
        inputs.addAll(draw.inputs());
        inputs.addAll(constraints.inputs());
        inputs.forEach(input -> input.addListener(obs -> validate()));
        files.pool().addListener((obs, old, pool) -> {
            if (files.out().get() == null) {
                files.suggestedOut().ifPresent(files.out()::set);
            }
        });
        validate();
    }

    public PoolSection files() {
        return files;
    }

    public DrawSection draw() {
        return draw;
    }

    public ConstraintChoicesSection constraints() {
        return constraints;
    }

    /** Every section's problems, in form order; empty when the form can compose. */
    public ObservableList<String> validationMessages() {
        return validationView;
    }

    public BooleanBinding canCompose() {
        return canCompose;
    }

    /** The first tasks, exactly as Compose will write them (or has written them). */
    public ObservableList<TaskPreview> preview() {
        return previewView;
    }

    /** What the preview shows, or why there is none. */
    public ReadOnlyStringProperty previewStatus() {
        return previewStatus.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty running() {
        return composing.running();
    }

    /** Tasks composed of the pool's prompts, −1 while unknown. */
    public ReadOnlyDoubleProperty progress() {
        return composing.progress();
    }

    /** "task 12 of 219" while composing. */
    public ReadOnlyStringProperty message() {
        return composing.message();
    }

    /** How the last Compose ended. */
    public ReadOnlyStringProperty summary() {
        return composing.summary();
    }

    /** The task file the last Compose wrote; null until one has. */
    public ReadOnlyObjectProperty<Path> composedFile() {
        return composedFile.getReadOnlyProperty();
    }

    /** Composes every task of the pool in the background and writes the task file; nothing while there are problems. */
    public void compose() {
        validate();
        if (!canCompose.get()) {
            return;
        }
        Path pool = files.pool().get();
        Path out = files.out().get();
        ComposeOptions options = validOptions;
        composedFile.set(null);
        composeJob = jobs.submit(JobRequest.longRunning(
                        "Composing tasks",
                        progress ->
                                composer.compose(pool, out, options, (done, total) -> report(progress, done, total)))
                .message("reading " + pool.getFileName())
                .tracking(composing)
                .onSuccess(composition -> composed(composition, options))
                .onCancelled(() -> composing.summary("Cancelled; nothing was written."))
                .onFailure(failure -> {
                    if (failure instanceof ComposeException refused) {
                        composing.summary("Not composed: " + refused.getMessage() + ".");
                    } else if (failure instanceof InputProblemException problems) {
                        composing.summary("Not composed: the pool has a problem: "
                                + problems.problems().get(0));
                    } else {
                        composing.summary("Not composed; nothing was written.");
                        errors.report(
                                failure instanceof IOException
                                        ? "Cannot write the task file. Check that the folder is writable and try again."
                                        : "Cannot compose the task set.",
                                failure);
                    }
                }));
    }

    /** Stops a running Compose; the task file is left as it was. */
    public void cancel() {
        composeJob.cancel();
    }

    /** Opens Run a benchmark… with the task file just written. */
    public void useInBenchmark() {
        Path file = composedFile.get();
        if (file != null) {
            useInBenchmark.accept(file);
        }
    }

    private static void report(JobProgress progress, int done, int total) {
        progress.stopIfCancelled();
        progress.update(done, total);
        progress.message("task " + done + " of " + total);
    }

    private void composed(Composition composition, ComposeOptions options) {
        composeJob = Job.DONE;
        composedFile.set(composition.out());
        showPreview(composition.tasks(), composition.tasks().size());
        composing.summary("Composed " + composition.tasks().size() + " tasks from "
                + composition.pool().name() + " ("
                + options.perTask() + " per task, " + composition.candidateTypes() + " types to draw from, seed "
                + options.seed() + ") and wrote " + composition.out() + ".");
        onComposed.accept(composition.out());
    }

    private void validate() {
        List<String> problems = new ArrayList<>();
        Optional<PromptPool> pool = files.prompts(problems);
        Optional<DrawSection.Draw> drawn = draw.draw(problems);
        boolean choicesOk = constraints.check(problems);
        ComposeOptions options = null;
        if (drawn.isPresent() && choicesOk) {
            DrawSection.Draw d = drawn.get();
            options = new ComposeOptions(
                    d.perTask(),
                    constraints.only(),
                    constraints.never(),
                    constraints.holdout(),
                    d.seed(),
                    d.maxTokens());
            try {
                composer.candidates(options);
            } catch (ComposeException e) {
                problems.add(sentence(e.getMessage()));
                options = null;
            }
        }
        validation.setAll(problems);
        PromptPool readyPool = problems.isEmpty() ? pool.orElseThrow() : null;
        ComposeOptions readyOptions = problems.isEmpty() ? options : null;
        if (!Objects.equals(readyPool, validPool) || !Objects.equals(readyOptions, validOptions)) {
            validPool = readyPool;
            validOptions = readyOptions;
            refreshPreview();
        }
    }

    /** Recomputes the preview in the background from the pool already read; a newer preview wins. */
    private void refreshPreview() {
        previewJob.cancel();
        int computing = ++previewGeneration;
        previewJob = Job.DONE;
        if (validPool == null) {
            preview.clear();
            previewStatus.set(NO_PREVIEW);
            return;
        }
        PromptPool pool = validPool;
        ComposeOptions options = validOptions;
        previewStatus.set("Composing the preview…");
        previewJob = jobs.submit(JobRequest.browse(
                        "Previewing tasks", progress -> composer.preview(pool, options, PREVIEW_TASKS))
                .onSuccess(tasks -> {
                    if (computing == previewGeneration) {
                        showPreview(tasks, pool.prompts().size());
                    }
                })
                .onFailure(failure -> {
                    if (computing == previewGeneration) {
                        preview.clear();
                        previewStatus.set("No preview: " + failure.getMessage());
                    }
                }));
    }

    private void showPreview(List<ComposedTask> tasks, int total) {
        List<ComposedTask> first = tasks.subList(0, Math.min(PREVIEW_TASKS, tasks.size()));
        preview.setAll(first.stream().map(task -> TaskPreview.of(task, labels)).toList());
        previewStatus.set("The first " + first.size() + " of " + total + " tasks, as they will be written:");
    }

    private static String sentence(String message) {
        return message.isEmpty() ? message : Character.toUpperCase(message.charAt(0)) + message.substring(1) + ".";
    }
}
