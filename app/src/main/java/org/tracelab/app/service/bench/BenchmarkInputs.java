package org.tracelab.app.service.bench;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
import org.tracelab.core.dataset.IfevalTask;
import org.tracelab.core.dataset.TaskFile;
import org.tracelab.core.dataset.TaskFileReader;
import org.tracelab.core.io.FileDigest;
import org.tracelab.core.run.TaskSampler;
import org.tracelab.core.verify.BuiltInConstraints;

/**
 * A benchmark's prompts, read and checked: the task file, the sample the plan takes of it, and the file's SHA-256.
 * Reading them is the first step of a benchmark, before a store is written or a server asked, so that bad input
 * costs nothing (the command line reads them before it even opens the store).
 *
 * @param tasks the tasks the run asks, in file order: all of them, or the plan's sample
 */
public record BenchmarkInputs(
        BenchmarkRequest request, TaskFile taskFile, List<IfevalTask> tasks, String datasetSha256) {

    public BenchmarkInputs {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(taskFile, "taskFile");
        tasks = List.copyOf(tasks);
        Objects.requireNonNull(datasetSha256, "datasetSha256");
    }

    /**
     * Reads {@code request}'s prompts file.
     *
     * @throws org.tracelab.core.io.InputProblemException naming the file, line and field of every bad line (a
     *                                                    missing, empty or unreadable file is a problem of the file)
     * @throws IOException                                when the file cannot be read for another reason
     */
    public static BenchmarkInputs read(BenchmarkRequest request) throws IOException {
        TaskFile taskFile = new TaskFileReader(BuiltInConstraints.registry()).read(request.dataset());
        RunPlan plan = request.plan();
        List<IfevalTask> all = taskFile.tasks();
        List<IfevalTask> tasks = plan.limit() == null ? all : TaskSampler.sample(all, plan.limit(), plan.sampleSeed());
        return new BenchmarkInputs(request, taskFile, tasks, FileDigest.sha256(request.dataset()));
    }

    /** "8 of 541 tasks" when the plan took a sample, else null. */
    String sampleNote() {
        int all = taskFile.tasks().size();
        return tasks.size() < all ? tasks.size() + " of " + all + " tasks" : null;
    }
}
