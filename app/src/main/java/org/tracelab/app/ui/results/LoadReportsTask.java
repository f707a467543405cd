package org.tracelab.app.ui.results;

import org.tracelab.app.service.report.InstructionTally;
import java.util.ArrayList;
import java.util.List;
import javafx.concurrent.Task;
import org.tracelab.app.service.report.RepairOutcomeCounter;
import org.tracelab.app.service.report.UsageCounter;
import org.tracelab.app.service.workspace.Workspace;
import org.tracelab.core.stats.ResultsTable;
import org.tracelab.storage.query.ModeAggregate;

/**
 * Reads the reports of the chosen runs and turns them into tables, paired mode comparisons, and — streaming each
 * run's records once, one chain in memory at a time — per-instruction rates, repair outcomes and tokens and
 * latency per mode; runs that no longer exist are skipped.
 */
final class LoadReportsTask extends Task<List<RunResult>> {

    private final Workspace workspace;
    private final List<Long> runIds;

    LoadReportsTask(Workspace workspace, List<Long> runIds) {
        this.workspace = workspace;
        this.runIds = List.copyOf(runIds);
        updateTitle("Loading results");
        updateMessage(runIds.size() == 1 ? "run " + runIds.get(0) : runIds.size() + " runs");
    }

    @Override
    protected List<RunResult> call() {
        List<RunResult> results = new ArrayList<>();
        for (int i = 0; i < runIds.size() && !isCancelled(); i++) {
            long runId = runIds.get(i);
            workspace.report(runId).ifPresent(report -> {
                List<String> modes = report.modes().stream().map(ModeAggregate::mode).toList();
                InstructionTally tally = new InstructionTally();
                RepairOutcomeCounter repairs = new RepairOutcomeCounter();
                UsageCounter usage = new UsageCounter();
                ResultsTable statistics = workspace.results(runId, modes, record -> {
                    tally.add(record);
                    repairs.accept(record);
                    usage.accept(record);
                });
                results.add(RunResults.from(report, tally.rates(modes), statistics, repairs.outcomes(modes),
                        usage.usage(modes)));
            });
            updateProgress(i + 1, runIds.size());
        }
        return results;
    }
}
