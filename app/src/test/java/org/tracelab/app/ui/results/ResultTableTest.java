package org.tracelab.app.ui.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tracelab.app.service.report.ModeRepairOutcomes;
import org.tracelab.app.service.report.ModeUsage;
import org.tracelab.app.service.report.RepairOutcome;
import org.tracelab.core.stats.ResultsTable;
import org.tracelab.core.stats.TableFormat;

/** Every Results table copies as Markdown and CSV in core's layout, cell for cell as shown. */
class ResultTableTest {

    private static final ModeUsage PCL = new ModeUsage("full_pcl", 4, 9, 1, 900, 300, 3, 350.0, 4, 812.5, 700, 1500);
    private static final ModeUsage IMPORTED =
            new ModeUsage("direct", 50, 50, 50, 0, 0, 0, Double.NaN, 0, Double.NaN, Double.NaN, Double.NaN);

    private static RunResult result(List<ModeRepairOutcomes> repairs, List<ModeUsage> usage) {
        return new RunResult(
                7,
                "#7 run",
                "model",
                List.of(),
                ResultsTable.builder().build(),
                List.of(),
                ResultsTable.builder().build(),
                repairs,
                usage);
    }

    @Test
    void usageCopiesWithEveryCountAndDashesForUnknowns() {
        RunResult result = result(List.of(), List.of(IMPORTED, PCL));

        String csv = ResultTable.USAGE.render(result, TableFormat.CSV);
        String markdown = ResultTable.USAGE.render(result, TableFormat.MARKDOWN);

        assertThat(csv.lines())
                .containsExactly(
                        "mode,chains,calls,prompt tokens,completion tokens,calls without token counts,"
                                + "chains with token counts,tokens/chain,chains with latency,latency/chain mean ms,"
                                + "latency/chain p50 ms,latency/chain p95 ms",
                        "direct,50,50,0,0,50,0,–,0,–,–,–",
                        "full_pcl,4,9,900,300,1,3,350.0,4,813,700,1500");
        assertThat(markdown)
                .startsWith("| mode | chains | calls |")
                .contains("| --- | ---: |")
                .contains("| full_pcl | 4 | 9 | 900 | 300 | 1 | 3 | 350.0 | 4 | 813 | 700 | 1500 |");
    }

    @Test
    void repairsCopyOnlyTheOutcomesThatOccur() {
        RunResult result = result(
                List.of(
                        new ModeRepairOutcomes(
                                "prompt_retry", Map.of(RepairOutcome.FIXED_BY_RETRY, 2, RepairOutcome.NOT_FIXED, 3)),
                        new ModeRepairOutcomes(
                                "full_pcl",
                                Map.of(
                                        RepairOutcome.PASSED_FIRST,
                                        1,
                                        RepairOutcome.FIXED_BY_PATCH,
                                        3,
                                        RepairOutcome.INFEASIBLE,
                                        1))),
                List.of());

        assertThat(ResultTable.REPAIRS.render(result, TableFormat.CSV).lines())
                .containsExactly(
                        "mode,chains,passed at first attempt,fixed by patch,fixed by retry,not fixed,not fixed (infeasible task)",
                        "prompt_retry,5,0,0,2,3,0",
                        "full_pcl,5,1,3,0,0,1");
    }

    @Test
    void modesAndComparisonsCopyAsTheCommandLineRendersThem() {
        RunResult result = result(List.of(), List.of());

        assertThat(ResultTable.MODES.render(result, TableFormat.MARKDOWN))
                .isEqualTo(TableFormat.MARKDOWN.renderModes(result.table()));
        assertThat(ResultTable.COMPARISONS.render(result, TableFormat.CSV))
                .isEqualTo(TableFormat.CSV.renderComparisons(result.statistics()));
    }
}
