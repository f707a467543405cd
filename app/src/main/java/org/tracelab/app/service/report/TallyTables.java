package org.tracelab.app.service.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.tracelab.core.stats.ClusteredBootstrap;
import org.tracelab.core.stats.ClusteredInterval;
import org.tracelab.core.stats.Resampling;
import org.tracelab.core.stats.ResultsTable;
import org.tracelab.core.stats.TaskKeyOrder;
import org.tracelab.core.stats.TaskSeedTally;

/** Statistics from per-(mode, task, seed) tallies counted in SQL: no record of the run is read. */
final class TallyTables {

    private TallyTables() {}

    /** Every mode with tallies, those of {@code modeOrder} first in that order, the others after by name. */
    static ResultsTable table(List<TaskSeedTally> tallies, List<String> modeOrder) {
        Map<String, List<TaskSeedTally>> byMode = new TreeMap<>();
        tallies.forEach(
                t -> byMode.computeIfAbsent(t.mode(), m -> new ArrayList<>()).add(t));
        ResultsTable.Builder table = ResultsTable.builder();
        for (String mode : Modes.ordered(byMode.keySet(), modeOrder)) {
            table.mode(mode, byMode.get(mode), Double.NaN, Double.NaN);
        }
        return table.build();
    }

    /**
     * Per mode (by name), the task-clustered interval of the prompt-level strict rate alone: what
     * {@code report --format json} adds as {@code prompt_strict_ci95}, the same interval the tables print.
     */
    static Map<String, ClusteredInterval> promptStrictIntervals(List<TaskSeedTally> tallies) {
        Map<String, Map<String, int[]>> byMode = new TreeMap<>();
        for (TaskSeedTally t : tallies) {
            int[] sums = byMode.computeIfAbsent(t.mode(), m -> new TreeMap<>(TaskKeyOrder.ORDER))
                    .computeIfAbsent(t.task(), k -> new int[2]);
            sums[0] += t.promptStrict();
            sums[1] += t.chains();
        }
        List<ClusteredBootstrap.Ratio> ratios = new ArrayList<>();
        byMode.forEach((mode, tasks) -> ratios.add(new ClusteredBootstrap.Ratio(
                tasks.values().stream().mapToDouble(c -> c[0]).toArray(),
                tasks.values().stream().mapToDouble(c -> c[1]).toArray())));
        Resampling r = Resampling.DEFAULT;
        // Modes over as many tasks share one stream of draws; each interval is what ClusteredBootstrap.ratio gives.
        List<ClusteredInterval> computed = ClusteredBootstrap.ratios(ratios, r.resamples(), r.confidence(), r.seed());
        Map<String, ClusteredInterval> intervals = new LinkedHashMap<>();
        int i = 0;
        for (String mode : byMode.keySet()) {
            intervals.put(mode, computed.get(i++));
        }
        return intervals;
    }
}
