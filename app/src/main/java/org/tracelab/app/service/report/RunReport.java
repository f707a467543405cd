package org.tracelab.app.service.report;

import java.util.List;
import java.util.Objects;
import org.tracelab.core.stats.ResultsTable;
import org.tracelab.storage.StoredRun;

/**
 * A run's whole report: its {@link RunSummary} and what one pass over its records adds. This is what
 * {@code tracelab bench} prints at the end and what the desktop app's Results section shows. Every list is in the
 * report's mode order; unfinished chains count nowhere.
 *
 * @param statistics   per mode the pass rates per seed, the chain pass rate with a Wilson interval, tokens and latency
 *                     per chain; for each pair of modes a bootstrap interval on the difference and McNemar's test
 * @param instructions strict pass rate of the final attempts per mode and instruction id
 * @param repairs      how the repair modes' finished chains ended
 * @param usage        tokens and latency per mode
 * @param sources      per mode, the importing tool's own pass rate beside Tracelab's strict one (imports only)
 */
public record RunReport(
        RunSummary summary,
        ResultsTable statistics,
        List<InstructionRate> instructions,
        List<ModeRepairOutcomes> repairs,
        List<ModeUsage> usage,
        List<SourceRate> sources) {

    public RunReport {
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(statistics, "statistics");
        instructions = List.copyOf(instructions);
        repairs = List.copyOf(repairs);
        usage = List.copyOf(usage);
        sources = List.copyOf(sources);
    }

    /** A report without source verdicts. */
    public RunReport(
            RunSummary summary,
            ResultsTable statistics,
            List<InstructionRate> instructions,
            List<ModeRepairOutcomes> repairs,
            List<ModeUsage> usage) {
        this(summary, statistics, instructions, repairs, usage, List.of());
    }

    public StoredRun run() {
        return summary.run();
    }
}
