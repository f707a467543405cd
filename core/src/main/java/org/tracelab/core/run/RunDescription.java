package org.tracelab.core.run;

import java.util.Objects;
import org.tracelab.core.trace.DatasetDescription;
import org.tracelab.core.trace.ModelDescription;

/** What the caller knows about a new run; the job adds modes, seeds, forks and the verifier version. */
public record RunDescription(String name, ModelDescription model, DatasetDescription dataset, String notes) {

    public RunDescription {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(dataset, "dataset");
    }
}
