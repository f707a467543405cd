package org.tracelab.core.run;

import java.util.Objects;
import org.tracelab.core.trace.DatasetDescription;
import org.tracelab.core.trace.ModelDescription;
import org.tracelab.core.trace.ResumeHints;

/**
 * What the caller knows about a new run; the job adds modes, seeds, forks and the verifier version.
 *
 * @param resumeHints where the dataset and model file are on this machine: kept in the store only
 */
public record RunDescription(
        String name, ModelDescription model, DatasetDescription dataset, String notes, ResumeHints resumeHints) {

    public RunDescription {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(dataset, "dataset");
        resumeHints = resumeHints == null ? ResumeHints.NONE : resumeHints;
    }

    /** A description without resume hints. */
    public RunDescription(String name, ModelDescription model, DatasetDescription dataset, String notes) {
        this(name, model, dataset, notes, ResumeHints.NONE);
    }
}
