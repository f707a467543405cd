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
 * @param faults      timeouts and the fault limit; not stored, and free to differ on a resume
 */
public record BenchmarkRequest(
        ModelTarget target, Path dataset, RunPlan plan, String name, Long resumeRunId, FaultPolicy faults) {

    public BenchmarkRequest {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(faults, "faults");
    }

    /** With {@link FaultPolicy#defaults()}. */
    public BenchmarkRequest(ModelTarget target, Path dataset, RunPlan plan, String name, Long resumeRunId) {
        this(target, dataset, plan, name, resumeRunId, FaultPolicy.defaults());
    }

    /** The same request with other timeouts and fault limit (which a resumed run may change). */
    public BenchmarkRequest withFaults(FaultPolicy policy) {
        return new BenchmarkRequest(target, dataset, plan, name, resumeRunId, policy);
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
