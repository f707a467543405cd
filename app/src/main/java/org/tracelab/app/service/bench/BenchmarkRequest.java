package org.tracelab.app.service.bench;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import org.tracelab.core.run.CallSettings;

/**
 * A benchmark to run or continue, as the command line's options and the desktop app's form both describe it:
 * everything the run's plan is built from, and nothing secret (an API key travels beside it and is never stored).
 * What of it is stored with the run, so that it can be continued: {@link BenchmarkParameters}.
 *
 * @param target      the model
 * @param dataset     the IFEval-format prompts file
 * @param plan        which tasks, modes, seeds, forks and sampling
 * @param name        the run's name ({@link #defaultName} when the person gave none)
 * @param resumeRunId the run to continue, null for a new run; it must have been started with the same plan
 *                    ({@link BenchmarkRun#execute} checks)
 */
public record BenchmarkRequest(ModelTarget target, Path dataset, RunPlan plan, String name, Long resumeRunId) {

    public BenchmarkRequest {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(name, "name");
    }

    /** A run named after its model and the date, as both front ends name a run the person left unnamed. */
    public static String defaultName(ModelTarget target, LocalDate date) {
        return target.modelName() + " " + date;
    }

    /** The call settings, defaults resolved. */
    public CallSettings calls() {
        return plan.calls(target.modelName());
    }
}
