package org.tracelab.app.service.report;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.tracelab.core.stats.ResultsTable;
import org.tracelab.core.trace.RunInfo;

/**
 * Runs reported as one experiment (ADR 0008): the seeds of all runs are the replicates of mean ± std, the tasks the
 * clusters of every interval, over all their chains.
 *
 * @param runIds the runs, in the group's order
 * @param runs their descriptions, in the same order
 * @param table per mode the rates with their spread over seeds and clustered intervals, paired mode comparisons
 * @param attempts per mode, the attempts of all the runs' chains
 */
public record GroupReport(List<Long> runIds, List<RunInfo> runs, ResultsTable table, Map<String, Long> attempts) {

    public GroupReport {
        runIds = List.copyOf(runIds);
        runs = List.copyOf(runs);
        attempts = Map.copyOf(attempts);
        Objects.requireNonNull(table, "table");
        if (runIds.size() != runs.size() || runIds.isEmpty()) {
            throw new IllegalArgumentException("a group report needs one description per run");
        }
    }

    /** "Group of runs 1, 2, 3". */
    public String title() {
        return "Group of runs " + runIds.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    /** "model · dataset · 3 seeds over 3 runs". */
    public String details() {
        RunInfo first = runs.get(0);
        int seeds =
                runs.stream().mapToInt(info -> Math.max(1, info.seeds().size())).sum();
        return first.model().name() + " · " + first.dataset().name() + " · " + seeds + " seeds over " + runs.size()
                + " runs";
    }

    /** Whether any of the runs holds hand-written illustrations rather than model output. */
    public boolean illustration() {
        return runs.stream().anyMatch(RunInfo::isIllustration);
    }
}
