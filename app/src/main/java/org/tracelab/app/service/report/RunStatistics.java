package org.tracelab.app.service.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.tracelab.core.record.ComplianceEvalRecord;
import org.tracelab.core.stats.RepairStrategyTally;
import org.tracelab.core.stats.ResultsTable;
import org.tracelab.core.stats.TallyCollector;
import org.tracelab.core.stats.TaskSeedTally;
import org.tracelab.storage.TraceReader;

/**
 * A run's results with honest statistics (ADR 0008): per mode the pass rates per seed (mean ± std) with
 * task-clustered bootstrap intervals, pass@k over forks, tokens and latency per chain; for each pair of modes the
 * paired task-level bootstrap of the difference and the task-level exact test; which repair strategy fixed which
 * instruction; power guidance. Streams the run's
 * chains one at a time; {@link ReportService#report} is its one caller.
 */
final class RunStatistics {

    private final TraceReader reader;

    RunStatistics(TraceReader reader) {
        this.reader = reader;
    }

    /**
     * The results, streaming the run once and handing each record to {@code eachRecord} as well, so a caller
     * that also tallies the records (the Results view's charts) needs no second pass over the run.
     */
    ResultsTable results(long runId, List<String> modeOrder, Consumer<ComplianceEvalRecord> eachRecord) {
        TallyCollector tallies = new TallyCollector();
        UsageCounter usage = new UsageCounter();
        RepairStrategyTally repairs = new RepairStrategyTally();
        reader.forEachRecord(runId, record -> {
            tallies.accept(record);
            repairs.accept(record);
            usage.accept(record);
            eachRecord.accept(record);
        });
        Map<String, List<TaskSeedTally>> byMode = new HashMap<>();
        tallies.tallies()
                .forEach(t ->
                        byMode.computeIfAbsent(t.mode(), m -> new ArrayList<>()).add(t));
        Map<String, ModeUsage> usageByMode = new HashMap<>();
        List<String> modes = Modes.ordered(byMode.keySet(), modeOrder);
        usage.usage(modes).forEach(u -> usageByMode.put(u.mode(), u));
        ResultsTable.Builder table = ResultsTable.builder().repairStrategies(repairs);
        for (String mode : modes) {
            // Tokens and latency as UsageCounter counts them: over chains whose every call reported them (NaN
            // when none did), never with unknown counts taken as zero.
            ModeUsage u = usageByMode.get(mode);
            table.mode(
                    mode,
                    byMode.get(mode),
                    u == null ? Double.NaN : u.tokensPerChain(),
                    u == null ? Double.NaN : u.latencyMeanMillis());
        }
        return table.build();
    }
}
