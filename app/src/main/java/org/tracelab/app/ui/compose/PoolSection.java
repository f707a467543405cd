package org.tracelab.app.ui.compose;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.tracelab.app.service.compose.ComposeService;
import org.tracelab.app.ui.jobs.Job;
import org.tracelab.app.ui.jobs.JobRequest;
import org.tracelab.app.ui.jobs.Jobs;
import org.tracelab.core.compose.PromptPool;
import org.tracelab.core.io.InputProblemException;

/**
 * The composer form's files: the pool of base prompts, read in the background to count them (a bad line is
 * refused with its {@code FILE:LINE: field: problem}), and the task file to write. Contributes the pool as read,
 * the output file and its own problems.
 */
public final class PoolSection {

    private final ComposeService composer;
    private final Jobs jobs;
    private final ObjectProperty<Path> pool = new SimpleObjectProperty<>(this, "pool");
    private final ObjectProperty<Path> out = new SimpleObjectProperty<>(this, "out");
    private final ReadOnlyStringWrapper poolSummary = new ReadOnlyStringWrapper(this, "poolSummary", "");
    private final IntegerProperty reads = new SimpleIntegerProperty(this, "reads");
    private PromptPool prompts;
    private String problem;
    private Job readJob = Job.DONE;
    private int generation;

    PoolSection(ComposeService composer, Jobs jobs) {
        this.composer = composer;
        this.jobs = jobs;
        pool.addListener((obs, old, file) -> read());
    }

    /** The base prompts: one per line (.txt) or a {@code prompt} field per line (.jsonl). */
    public ObjectProperty<Path> pool() {
        return pool;
    }

    /** The task file to write (JSON Lines). */
    public ObjectProperty<Path> out() {
        return out;
    }

    /** "219 prompts in tracelab-prompt-pool.txt", or why the pool cannot be used. */
    public ReadOnlyStringProperty poolSummary() {
        return poolSummary.getReadOnlyProperty();
    }

    /** A file name for the task file beside the pool: {@code pool.txt} → {@code pool.tasks.jsonl}. */
    public Optional<Path> suggestedOut() {
        Path file = pool.get();
        if (file == null) {
            return Optional.empty();
        }
        String stem = file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        return Optional.of(file.resolveSibling(stem + ".tasks.jsonl"));
    }

    /** What the section's problems depend on: the files, and each read of the pool as it starts and ends. */
    List<Observable> inputs() {
        return List.of(pool, out, reads);
    }

    /** The pool as read, when it was read without a problem; the problems go to {@code problems}. */
    Optional<PromptPool> prompts(List<String> problems) {
        if (pool.get() == null) {
            problems.add("Choose a pool of base prompts (.txt: one per line, or .jsonl with a \"prompt\" field).");
        } else if (problem != null) {
            problems.add("The pool cannot be used: " + problem);
        } else if (prompts == null) {
            problems.add("Reading the pool…");
        }
        Path target = out.get();
        if (target == null) {
            problems.add("Choose where to write the task file.");
        } else if (!target.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jsonl")) {
            problems.add("The task file must be a .jsonl file (JSON Lines).");
        } else if (pool.get() != null
                && target.toAbsolutePath()
                        .normalize()
                        .equals(pool.get().toAbsolutePath().normalize())) {
            problems.add("The task file must not be the pool itself.");
        }
        return Optional.ofNullable(problem == null ? prompts : null);
    }

    private void read() {
        Path file = pool.get();
        readJob.cancel();
        int readingNow = ++generation;
        prompts = null;
        problem = null;
        reads.set(reads.get() + 1);
        if (file == null) {
            readJob = Job.DONE;
            poolSummary.set("");
            return;
        }
        poolSummary.set("Reading " + file.getFileName() + " …");
        readJob = jobs.submit(JobRequest.browse("Reading the pool", progress -> composer.readPool(file))
                .message(file.getFileName().toString())
                .onSuccess(read -> {
                    if (readingNow == generation) {
                        prompts = read;
                        poolSummary.set(read.prompts().size() + " prompts in " + read.name());
                        reads.set(reads.get() + 1);
                    }
                })
                .onFailure(failure -> {
                    if (readingNow == generation) {
                        problem = failure instanceof InputProblemException problems
                                ? problems.problems().get(0)
                                        + (problems.problems().size() > 1
                                                ? " (and "
                                                        + (problems.problems().size() - 1) + " more)"
                                                : "")
                                : String.valueOf(failure.getMessage());
                        poolSummary.set("Cannot use this pool: " + problem);
                        reads.set(reads.get() + 1);
                    }
                }));
    }
}
