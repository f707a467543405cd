package org.tracelab.app.service.report;

import java.util.List;
import java.util.Objects;
import org.tracelab.storage.StoredRun;
import org.tracelab.storage.query.ChainSummary;
import org.tracelab.storage.query.ModeAggregate;

/**
 * A run's figures as SQL computes them over its chains' final verdicts, without reading any record: what
 * {@code tracelab report} prints.
 *
 * @param modes         per-mode aggregates (all chains and per seed), modes in name order
 * @param completion    how far the run got: unfinished chains and calls lost to a failing server
 * @param disagreements the first {@value ReportService#DISAGREEMENTS_LISTED} chains whose imported source verdict
 *                      differs from Tracelab's strict one; empty for runs without source verdicts (the per-mode
 *                      counts in {@code modes} are always complete)
 */
public record RunSummary(
        StoredRun run, List<ModeAggregate> modes, List<ChainSummary> disagreements, RunCompletion completion) {

    public RunSummary {
        Objects.requireNonNull(run, "run");
        modes = List.copyOf(modes);
        disagreements = List.copyOf(disagreements);
        Objects.requireNonNull(completion, "completion");
    }

    /** A summary whose completion follows from its aggregates, without faults. */
    public RunSummary(StoredRun run, List<ModeAggregate> modes, List<ChainSummary> disagreements) {
        this(run, modes, disagreements, RunCompletion.of(run.info(), modes, 0));
    }

    /** The mode names in the order of {@link #modes()}. */
    public List<String> modeNames() {
        return modes.stream().map(ModeAggregate::mode).toList();
    }
}
