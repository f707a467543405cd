package org.tracelab.core.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ResultsTableTest {

    private static ModeRow direct() {
        return new ModeRow("direct", List.of(0.40, 0.45, 0.50), List.of(0.50, 0.50, 0.50),
                List.of(0.60, 0.65, 0.70), List.of(0.70, 0.70, 0.76), new Proportion(41, 100), 412.26, 1234.56);
    }

    private static ModeRow fullPcl() {
        return new ModeRow("full_pcl", List.of(0.55, 0.60, 0.65), List.of(0.60, 0.60, 0.60),
                List.of(0.80, 0.80, 0.80), List.of(0.85, 0.85, 0.85), new Proportion(60, 100), 903.0, 4000.4);
    }

    private static ModeComparison pclVersusDirect() {
        return new ModeComparison("full_pcl", "direct",
                new BootstrapInterval(0.123, 0.05, 0.2, 0.95, 10_000, 42, 100), McNemarExact.test(12, 3));
    }

    private static ResultsTable table() {
        return ResultsTable.builder().mode(direct()).mode(fullPcl()).comparison(pclVersusDirect()).build();
    }

    @Test
    void computesSpreadsAndWilsonIntervalsPerMode() {
        ModeSummary direct = table().modes().get(0);
        assertThat(direct.mode()).isEqualTo("direct");
        assertThat(direct.seeds()).isEqualTo(3);
        assertThat(direct.promptStrict().mean()).isCloseTo(0.45, within(1e-12));
        assertThat(direct.promptStrict().std()).isCloseTo(0.05, within(1e-12));
        assertThat(direct.chainInterval()).isEqualTo(WilsonInterval.of(41, 100));
    }

    @Test
    void markdownHasPipesAndAHeaderSeparatorWithNumbersRightAligned() {
        String[] lines = TableFormat.MARKDOWN.renderModes(table()).split("\n");
        assertThat(lines).hasSize(4);
        assertThat(lines[0]).isEqualTo("| mode | seeds | prompt strict % | prompt loose % | instruction strict % "
                + "| instruction loose % | chains passed | chain pass % | chain pass 95% CI (Wilson) | tokens/chain "
                + "| latency/chain ms |");
        assertThat(lines[1]).isEqualTo("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        assertThat(lines[2]).isEqualTo("| direct | 3 | 45.0 ± 5.0 | 50.0 ± 0.0 | 65.0 ± 5.0 | 72.0 ± 3.5 | 41/100 "
                + "| 41.0 | [31.9, 50.8] | 412.3 | 1235 |");
        assertThat(lines[3]).isEqualTo("| full_pcl | 3 | 60.0 ± 5.0 | 60.0 ± 0.0 | 80.0 ± 0.0 | 85.0 ± 0.0 | 60/100 "
                + "| 60.0 | [50.2, 69.1] | 903.0 | 4000 |");
    }

    @Test
    void markdownComparisonsShowSignedPointsAndTheExactTest() {
        String[] lines = TableFormat.MARKDOWN.renderComparisons(table()).split("\n");
        assertThat(lines[0]).isEqualTo("| mode | baseline | tasks | difference pp | difference 95% CI (bootstrap) "
                + "| resamples | bootstrap seed | McNemar b | McNemar c | McNemar p |");
        assertThat(lines[1]).isEqualTo("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        assertThat(lines[2]).isEqualTo("| full_pcl | direct | 100 | +12.3 | [+5.0, +20.0] | 10000 | 42 | 12 | 3 | 0.0352 |");
    }

    @Test
    void markdownEscapesPipesInsideCells() {
        ResultsTable table = ResultsTable.builder().mode(renamed(direct(), "a|b")).build();
        assertThat(TableFormat.MARKDOWN.renderModes(table).split("\n")[2]).startsWith("| a\\|b | 3 |");
    }

    @Test
    void csvQuotesCellsWithCommasAndDoublesQuotes() {
        ResultsTable table = ResultsTable.builder().mode(renamed(direct(), "pcl, \"v2\"")).build();
        String[] lines = TableFormat.CSV.renderModes(table).split("\n");
        assertThat(lines[0]).isEqualTo("mode,seeds,prompt strict %,prompt loose %,instruction strict %,"
                + "instruction loose %,chains passed,chain pass %,chain pass 95% CI (Wilson),tokens/chain,"
                + "latency/chain ms");
        assertThat(lines[1]).isEqualTo("\"pcl, \"\"v2\"\"\",3,45.0 ± 5.0,50.0 ± 0.0,65.0 ± 5.0,72.0 ± 3.5,41/100,"
                + "41.0,\"[31.9, 50.8]\",412.3,1235");
        assertThat(TableFormat.csvField("plain")).isEqualTo("plain");
        assertThat(TableFormat.csvField("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(TableFormat.csvField(" padded")).isEqualTo("\" padded\"");
    }

    @Test
    void textAlignsColumnsUnderARule() {
        String text = TableFormat.TEXT.render(table());
        String[] blocks = text.split("\n\n");
        assertThat(blocks).hasSize(2);
        String[] modes = blocks[0].split("\n");
        assertThat(modes).hasSize(4);
        assertThat(modes[0]).startsWith("mode      seeds  prompt strict %  prompt loose %");
        assertThat(modes[1]).startsWith("--------  -----  ---------------  --------------");
        assertThat(modes[1]).matches("-+( +-+)+");
        assertThat(modes[2]).startsWith("direct        3       45.0 ± 5.0      50.0 ± 0.0");
        assertThat(modes[3]).startsWith("full_pcl      3       60.0 ± 5.0      60.0 ± 0.0");
        // the last column is right-aligned, so every line of a block has the same width
        assertThat(Arrays.stream(modes).mapToInt(String::length).distinct()).hasSize(1);
        assertThat(blocks[1]).contains("+12.3").contains("[+5.0, +20.0]").contains("0.0352");
    }

    @Test
    void oneSeedShowsTheMeanOnlyAndMissingValuesShowAsADash() {
        ModeRow row = new ModeRow("direct", List.of(0.4), List.of(0.5), List.of(0.6), List.of(0.7),
                new Proportion(0, 0), Double.NaN, Double.NaN);
        ResultsTable table = ResultsTable.builder().mode(row).build();
        assertThat(table.modes().get(0).promptStrict().std()).isNaN();
        assertThat(TableFormat.CSV.renderModes(table).split("\n")[1])
                .isEqualTo("direct,1,40.0,50.0,60.0,70.0,0/0,–,–,–,–");
        // no comparisons: only the modes table
        assertThat(TableFormat.TEXT.render(table)).isEqualTo(TableFormat.TEXT.renderModes(table));
    }

    @Test
    void numbersIgnoreTheDefaultLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            String csv = TableFormat.CSV.render(table());
            assertThat(csv).contains("45.0 ± 5.0").contains("412.3").contains("+12.3").doesNotContain("45,0");
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void formatsEdgeValues() {
        assertThat(TableCells.points(-0.0001)).isEqualTo("0.0");
        assertThat(TableCells.points(-0.0123)).isEqualTo("-1.2");
        assertThat(TableCells.points(Double.NaN)).isEqualTo("–");
        assertThat(TableCells.fixed(-0.01, 1)).isEqualTo("0.0");
        assertThat(TableCells.pValue(1.0)).isEqualTo("1.0000");
        assertThat(TableCells.pValue(5.960464477539063e-08)).isEqualTo("6.0e-08");
        assertThat(TableCells.pValue(0.0)).isEqualTo("<1e-300");
    }

    @Test
    void comparisonComputesBootstrapAndMcNemarFromPlainInputs() {
        double[] pcl = {1, 1, 0.5, 1};
        double[] direct = {0, 1, 0.5, 0.5};
        boolean[] pclFork0 = {true, true, false, true, true, true};
        boolean[] directFork0 = {false, true, false, false, true, false};
        ModeComparison comparison = ModeComparison.compute("full_pcl", "direct", pcl, direct, pclFork0,
                directFork0, 42);
        assertThat(comparison.difference()).isEqualTo(PairedBootstrap.of(pcl, direct, 42));
        assertThat(comparison.difference().difference()).isEqualTo(0.375);
        assertThat(comparison.mcNemar()).isEqualTo(new McNemarResult(3, 0, 0.25));
    }

    @Test
    void rejectsInconsistentInput() {
        assertThatThrownBy(() -> ResultsTable.builder().mode(direct()).mode(direct()).build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ResultsTable.builder().mode(direct()).comparison(pclVersusDirect()).build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ModeRow("direct", List.of(0.4, 0.5), List.of(0.5), List.of(0.6), List.of(0.7),
                new Proportion(1, 2), 1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ModeRow("direct", List.of(41.0), List.of(0.5), List.of(0.6), List.of(0.7),
                new Proportion(1, 2), 1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ModeComparison("direct", "direct", pclVersusDirect().difference(),
                McNemarExact.test(0, 0))).isInstanceOf(IllegalArgumentException.class);
    }

    private static ModeRow renamed(ModeRow row, String mode) {
        return new ModeRow(mode, row.promptStrict(), row.promptLoose(), row.instructionStrict(),
                row.instructionLoose(), row.chains(), row.tokensPerChain(), row.latencyMillisPerChain());
    }
}
