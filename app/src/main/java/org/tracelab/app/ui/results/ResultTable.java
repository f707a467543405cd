package org.tracelab.app.ui.results;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.tracelab.app.service.ModeRepairOutcomes;
import org.tracelab.app.service.ModeUsage;
import org.tracelab.app.service.RepairOutcome;
import org.tracelab.core.stats.Grid;
import org.tracelab.core.stats.TableFormat;

/**
 * The tables of one run's results, each copyable as Markdown or CSV in core's {@link TableFormat} layout (the
 * command line's), cell for cell as shown.
 */
public enum ResultTable {

    /** Pass rates per mode (the seed-style table). */
    MODES("pass rates") {
        @Override
        public String render(RunResult result, TableFormat format) {
            return format.renderModes(result.table());
        }
    },
    /** Paired mode comparisons: bootstrap difference over tasks and the task-level exact test. */
    COMPARISONS("mode comparisons") {
        @Override
        public String render(RunResult result, TableFormat format) {
            return format.renderComparisons(result.statistics());
        }
    },
    /** Tokens and latency per mode. */
    USAGE("tokens and latency") {
        @Override
        public String render(RunResult result, TableFormat format) {
            return format.render(usageGrid(result.usage()));
        }
    },
    /** How the repair modes' chains ended. */
    REPAIRS("repair outcomes") {
        @Override
        public String render(RunResult result, TableFormat format) {
            return format.render(repairGrid(result.repairs()));
        }
    },
    /** pass@k, majority and at-least-k over forks. */
    FORKS("statistics over forks") {
        @Override
        public String render(RunResult result, TableFormat format) {
            return format.renderForks(result.statistics());
        }
    },
    /** Which repair strategy fixed which violated instruction. */
    STRATEGIES("repair strategies") {
        @Override
        public String render(RunResult result, TableFormat format) {
            return format.renderRepairStrategies(result.statistics());
        }
    },
    /** The smallest difference detectable at 80 % power. */
    POWER("power guidance") {
        @Override
        public String render(RunResult result, TableFormat format) {
            return format.renderPower(result.statistics());
        }
    };

    static final String UNDEFINED = "–";

    private final String description;

    ResultTable(String description) {
        this.description = description;
    }

    /** What the table shows, for "Copied … as Markdown". */
    public String description() {
        return description;
    }

    public abstract String render(RunResult result, TableFormat format);

    static Grid usageGrid(List<ModeUsage> usage) {
        List<String> header = List.of("mode", "chains", "calls", "prompt tokens", "completion tokens",
                "calls without token counts", "chains with token counts", "tokens/chain", "chains with latency",
                "latency/chain mean ms", "latency/chain p50 ms", "latency/chain p95 ms");
        List<List<String>> rows = new ArrayList<>();
        for (ModeUsage mode : usage) {
            rows.add(List.of(mode.mode(), Integer.toString(mode.chains()), Long.toString(mode.calls()),
                    Long.toString(mode.promptTokens()), Long.toString(mode.completionTokens()),
                    Long.toString(mode.callsWithoutTokens()), Integer.toString(mode.chainsWithTokens()),
                    fixed(mode.tokensPerChain(), 1), Integer.toString(mode.chainsWithLatency()),
                    fixed(mode.latencyMeanMillis(), 0), fixed(mode.latencyP50Millis(), 0),
                    fixed(mode.latencyP95Millis(), 0)));
        }
        return new Grid(header, numbersAfterFirst(header.size()), rows);
    }

    /** Chain counts per outcome; only outcomes that occur get a column. */
    static Grid repairGrid(List<ModeRepairOutcomes> repairs) {
        List<RepairOutcome> shown = shownOutcomes(repairs);
        List<String> header = new ArrayList<>(List.of("mode", "chains"));
        shown.forEach(outcome -> header.add(outcome.label()));
        List<List<String>> rows = new ArrayList<>();
        for (ModeRepairOutcomes mode : repairs) {
            List<String> row = new ArrayList<>(List.of(mode.mode(), Integer.toString(mode.chains())));
            shown.forEach(outcome -> row.add(Integer.toString(mode.count(outcome))));
            rows.add(row);
        }
        return new Grid(header, numbersAfterFirst(header.size()), rows);
    }

    /** The outcomes with at least one chain in some mode, in the enum's order. */
    static List<RepairOutcome> shownOutcomes(List<ModeRepairOutcomes> repairs) {
        return Arrays.stream(RepairOutcome.values())
                .filter(outcome -> repairs.stream().anyMatch(mode -> mode.count(outcome) > 0)).toList();
    }

    private static List<Boolean> numbersAfterFirst(int columns) {
        List<Boolean> right = new ArrayList<>();
        for (int i = 0; i < columns; i++) {
            right.add(i > 0);
        }
        return right;
    }

    private static String fixed(double value, int decimals) {
        return Double.isNaN(value) ? UNDEFINED : String.format(Locale.ROOT, "%." + decimals + "f", value);
    }
}
