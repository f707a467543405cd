package org.tracelab.app.ui.results;

import java.util.List;
import org.tracelab.app.service.report.ModeRepairOutcomes;
import org.tracelab.app.service.report.ModeUsage;
import org.tracelab.app.service.report.RepairOutcome;
import org.tracelab.app.service.report.ReportTables;
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
        return ReportTables.usage(usage);
    }

    static Grid repairGrid(List<ModeRepairOutcomes> repairs) {
        return ReportTables.repairs(repairs);
    }

    static List<RepairOutcome> shownOutcomes(List<ModeRepairOutcomes> repairs) {
        return ReportTables.shownOutcomes(repairs);
    }
}
