package org.tracelab.app.service.bench;

import java.util.Objects;
import org.tracelab.core.model.CallTimeouts;
import org.tracelab.core.run.BenchmarkPlan;

/**
 * How a benchmark treats a server that fails it: how long one call may take (connect, silence, whole call) and how
 * many calls lost in a row to transport faults stop the run ({@code interrupted}, continued by a resume). Neither
 * changes what the model is asked, so a resumed run may use other values.
 *
 * @param timeouts   the bounds of one call; GGUF files run in-process ignore them
 * @param faultLimit calls lost in a row (each after the client's retries) that end the run early
 */
public record FaultPolicy(CallTimeouts timeouts, int faultLimit) {

    public FaultPolicy {
        Objects.requireNonNull(timeouts, "timeouts");
        if (faultLimit < 1) {
            throw new IllegalArgumentException("the fault limit must be at least 1, was " + faultLimit);
        }
    }

    /** {@link CallTimeouts#defaults()} and {@link BenchmarkPlan#DEFAULT_FAULT_LIMIT}. */
    public static FaultPolicy defaults() {
        return new FaultPolicy(CallTimeouts.defaults(), BenchmarkPlan.DEFAULT_FAULT_LIMIT);
    }
}
