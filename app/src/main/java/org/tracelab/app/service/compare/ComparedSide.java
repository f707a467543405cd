package org.tracelab.app.service.compare;

import java.util.Objects;
import org.tracelab.core.compare.CompareSide;
import org.tracelab.core.trace.RunInfo;

/**
 * One side of a comparison, checked against the store: the selection of chains and the run they belong to.
 *
 * @param selection the run and the modes, seeds and forks kept
 * @param run the run's description
 */
public record ComparedSide(CompareSide selection, RunInfo run) {

    public ComparedSide {
        Objects.requireNonNull(selection, "selection");
        Objects.requireNonNull(run, "run");
    }

    /** "3:full_pcl (#3 name, model)": how headings and the diff name the side. */
    public String label() {
        return selection.label() + " (#" + selection.runId() + " " + run.name() + ", "
                + run.model().name() + ")";
    }
}
