package org.tracelab.app.service.report;

import java.util.List;
import org.tracelab.core.trace.RunInfo;
import org.tracelab.core.trace.RunStatus;
import org.tracelab.storage.query.ModeAggregate;

/**
 * How far a run got: the chains its plan holds, how many finished (the only ones in any rate) and how many calls
 * were lost to transport faults (a failing server, not the model). What the Runs and Results sections and
 * {@code tracelab report} say of a run that is not finished.
 *
 * @param plannedChains  tasks × modes × seeds × forks; a chain the run never reached counts too
 * @param finishedChains chains with a final attempt
 * @param faults         calls lost to transport faults, over every session of the run
 */
public record RunCompletion(RunStatus status, long plannedChains, long finishedChains, int faults) {

    /** Of a run with these aggregates and faults. */
    public static RunCompletion of(RunInfo info, List<ModeAggregate> modes, int faults) {
        long finished =
                modes.stream().mapToLong(mode -> mode.all().finishedChains()).sum();
        long planned = (long) info.dataset().taskCount()
                * info.modes().size()
                * Math.max(1, info.seeds().size())
                * Math.max(1, info.forks());
        return new RunCompletion(info.status(), Math.max(planned, finished), finished, faults);
    }

    /** Chains of the plan not finished: in no rate; a resume does them. */
    public long unfinishedChains() {
        return plannedChains - finishedChains;
    }

    /** The run is not finished and has chains left to do. */
    public boolean incomplete() {
        return status != RunStatus.FINISHED && unfinishedChains() > 0;
    }

    /** "12 of 30 chains unfinished, 3 failed calls" (the faults only when there were any); empty when complete. */
    public String describe() {
        return incomplete()
                ? unfinishedChains() + " of " + plannedChains + " chains unfinished" + faultsText(", ")
                : "";
    }

    /** "12 of 30 chains · 3 failed calls", for a column headed "Unfinished"; empty when complete. */
    public String unfinishedSummary() {
        return incomplete() ? unfinishedChains() + " of " + plannedChains + " chains" + faultsText(" · ") : "";
    }

    private String faultsText(String separator) {
        return faults == 0 ? "" : separator + faults + " failed call" + (faults == 1 ? "" : "s");
    }
}
