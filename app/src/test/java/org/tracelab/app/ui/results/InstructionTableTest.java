package org.tracelab.app.ui.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tracelab.app.service.report.InstructionLabels;
import org.tracelab.app.service.report.InstructionRate;
import org.tracelab.core.stats.TableFormat;

/** The "by instruction" table: readable names, grouped by benchmark, one cell per mode, the id in copies. */
class InstructionTableTest {

    private final InstructionLabels labels = InstructionLabels.builtIn();

    @Test
    void rowsAreGroupedByBenchmarkAndNamedWithOneCellPerMode() {
        InstructionTable table = InstructionTable.of(
                List.of(
                        new InstructionRate("direct", "rule:word_count", 3, 4),
                        new InstructionRate("direct", "punctuation:no_comma", 1, 4),
                        new InstructionRate("direct", "count:keywords_multiple", 0, 2),
                        new InstructionRate("full_pcl", "punctuation:no_comma", 4, 4),
                        new InstructionRate("full_pcl", "rule:word_count", 0, 0)),
                labels);

        assertThat(table.modes()).containsExactly("direct", "full_pcl");
        assertThat(table.modeHeaders()).containsExactly("direct strict %", "full_pcl strict %");
        assertThat(table.rows())
                .extracting(row -> row.label().benchmark() + " / " + row.label().name())
                .containsExactly(
                        "IFEval / No commas",
                        "IFBench / " + labels.of("count:keywords_multiple").name(),
                        "Custom / Word count (range)");
        assertThat(table.rows().get(0).cells()).containsExactly("25.0 (1/4)", "100.0 (4/4)");
        assertThat(table.rows().get(1).cells()).containsExactly("0.0 (0/2)", "–");
        assertThat(table.rows().get(2).cells())
                .as("nothing verified is no rate")
                .containsExactly("75.0 (3/4)", "–");
    }

    @Test
    void copiesCarryTheBenchmarkTheNameAndTheId() {
        InstructionTable table = InstructionTable.of(
                List.of(
                        new InstructionRate("direct", "punctuation:no_comma", 1, 4),
                        new InstructionRate("direct", "rule:contains", 2, 2)),
                labels);
        assertThat(TableFormat.CSV.render(table.grid())).isEqualTo("""
                benchmark,instruction,id,direct strict %
                IFEval,No commas,punctuation:no_comma,25.0 (1/4)
                Custom,Contains phrases,rule:contains,100.0 (2/2)
                """);
    }
}
