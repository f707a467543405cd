package org.tracelab.app.service.compose;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.tracelab.app.service.TaskProgress;
import org.tracelab.core.compose.ComposeException;
import org.tracelab.core.compose.ComposeOptions;
import org.tracelab.core.compose.ComposedTask;
import org.tracelab.core.compose.ComposedTaskWriter;
import org.tracelab.core.compose.PromptPool;
import org.tracelab.core.compose.TaskComposer;
import org.tracelab.core.verify.constraint.ConstraintRegistry;
import org.tracelab.core.verify.constraint.ConstraintType;

/**
 * Task sets from a researcher's own prompts, the one way both front ends compose: {@code tracelab compose} and the
 * desktop's File › New task set…. Reading a pool and writing a task file are file I/O: call them off the JavaFX
 * Application Thread.
 */
public final class ComposeService {

    /**
     * A composed task set, written.
     *
     * @param candidateTypes how many constraint types the options left to draw from
     */
    public record Composition(PromptPool pool, List<ComposedTask> tasks, int candidateTypes, Path out) {

        public Composition {
            Objects.requireNonNull(pool, "pool");
            tasks = List.copyOf(tasks);
            Objects.requireNonNull(out, "out");
        }
    }

    private final ConstraintRegistry registry;
    private final TaskComposer composer;

    public ComposeService(ConstraintRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
        this.composer = new TaskComposer(registry);
    }

    /** The registry the tasks' constraints are drawn from. */
    public ConstraintRegistry registry() {
        return registry;
    }

    /**
     * The pool's prompts.
     *
     * @throws org.tracelab.core.io.InputProblemException naming file and line of every problem, or an empty pool
     */
    public PromptPool readPool(Path file) {
        return PromptPool.read(file);
    }

    /** The types {@code options} leave to draw from; in memory, cheap. */
    public List<ConstraintType> candidates(ComposeOptions options) throws ComposeException {
        return composer.candidates(options);
    }

    /** Exactly the first {@code count} tasks {@link #compose} would write from {@code pool}; in memory. */
    public List<ComposedTask> preview(PromptPool pool, ComposeOptions options, int count) throws ComposeException {
        return composer.compose(pool.first(count), options);
    }

    /**
     * Reads the pool, composes one task per prompt ({@code progress} after each; an exception it throws stops the
     * work and nothing is written) and writes the task file atomically, replacing {@code out}.
     *
     * @throws ComposeException when the options name unknown ids or leave too few compatible types
     * @throws IOException      when the task file cannot be written
     */
    public Composition compose(Path pool, Path out, ComposeOptions options, TaskProgress progress)
            throws ComposeException, IOException {
        if (pool.toAbsolutePath().normalize().equals(out.toAbsolutePath().normalize())) {
            throw new ComposeException("the task file would replace the pool " + pool + "; choose another file");
        }
        PromptPool prompts = readPool(pool);
        int candidates = composer.candidates(options).size();
        List<ComposedTask> tasks = composer.compose(prompts, options, progress::tasksDone);
        ComposedTaskWriter.write(out, tasks);
        return new Composition(prompts, tasks, candidates, out);
    }
}
