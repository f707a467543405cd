package org.tracelab.core.record;

import java.util.Objects;
import org.tracelab.core.trace.DatasetDescription;
import org.tracelab.core.trace.ModelDescription;

/** The part of a run a single record needs to stand on its own: where it came from and who judged it. */
public record RecordRun(String name, ModelDescription model, DatasetDescription dataset, String verifierVersion) {

    public RecordRun {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(verifierVersion, "verifierVersion");
    }
}
