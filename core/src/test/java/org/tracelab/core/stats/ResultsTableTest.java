package org.tracelab.core.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ResultsTableTest {

    /**
     * Four tasks × seeds 42 and 43, one fork, two instructions per task. direct passes (strict) 1,1 / 0,0 / 1,0 /
     * 0,0; full_pcl 1,1 / 1,0 / 1,1 / 0,1 (per task: seed 42, seed 43).
     */
    private static List<TaskSeedTally> direct() {
        return List.of(
                tally("direct", "1", "42", 1, 1, 2, 2), tally("direct", "1", "43", 1, 1, 2, 2),
                tally("direct", "2", "42", 0, 0, 1, 1), tally("direct", "2", "43", 0, 1, 0, 2),
                tally("direct", "3", "42", 1, 1, 2, 2), tally("direct", "3", "43", 0, 0, 1, 1),
                tally("direct", "4", "42", 0, 0, 1, 1), tally("direct", "4", "43", 0, 0, 1, 1));
    }

    private static List<TaskSeedTally> fullPcl() {
        return List.of(
                tally("full_pcl", "1", "42", 1, 1, 2, 2), tally("full_pcl", "1", "43", 1, 1, 2, 2),
                tally("full_pcl", "2", "42", 1, 1, 2, 2), tally("full_pcl", "2", "43", 0, 0, 1, 1),
                tally("full_pcl", "3", "42", 1, 1, 2, 2), tally("full_pcl", "3", "43", 1, 1, 2, 2),
                tally("full_pcl", "4", "42", 0, 0, 1, 1), tally("full_pcl", "4", "43", 1, 1, 2, 2));
    }

    private static TaskSeedTally tally(
            String mode,
            String task,
            String seed,
            int strict,
            int loose,
            int instructionsStrict,
            int instructionsLoose) {
        return new TaskSeedTally(mode, task, seed, 1, strict, loose, 2, instructionsStrict, instructionsLoose);
    }

    private static ResultsTable table() {
        return ResultsTable.builder()
                .mode("direct", direct(), 412.26, 1234.56)
                .mode("full_pcl", fullPcl(), 903.0, 4000.4)
                .build();
    }

    @Test
    void computesSpreadsOverSeedsAndTaskClusteredIntervalsPerMode() {
        ModeSummary direct = table().modes().get(0);
        assertThat(direct.mode()).isEqualTo("direct");
        assertThat(direct.seeds()).isEqualTo(2);
        assertThat(direct.promptStrict().mean()).isCloseTo(0.375, within(1e-12));
        assertThat(direct.promptStrict().std()).isCloseTo(0.1767766952966369, within(1e-12));
        assertThat(direct.chains()).isEqualTo(new Proportion(3, 8));
        ModeIntervals intervals = direct.intervals();
        assertThat(intervals.tasks()).isEqualTo(4);
        assertThat(intervals.chains()).isEqualTo(8);
        // Python re-implementation (see ClusteredBootstrapTest): passed 2,0,1,0 of 2 each, seed 20231107.
        assertThat(intervals.promptStrict().estimate()).isEqualTo(0.375);
        assertThat(intervals.promptStrict().lower()).isEqualTo(0.0);
        assertThat(intervals.promptStrict().upper()).isEqualTo(0.75);
        assertThat(intervals.instructionStrict().estimate()).isCloseTo(10 / 16.0, within(1e-12));
        // Two chains per task: chains are not independent, so no Wilson interval; one fork, so no pass@k.
        assertThat(intervals.independentWilson()).isNull();
        assertThat(intervals.forks()).isNull();
    }

    @Test
    void comparesEveryLaterModeWithEachEarlierOnePairedOverTasks() {
        List<ModeComparison> comparisons = table().comparisons();
        assertThat(comparisons).hasSize(1);
        ModeComparison comparison = comparisons.get(0);
        assertThat(comparison.mode()).isEqualTo("full_pcl");
        assertThat(comparison.baseline()).isEqualTo("direct");
        // Per-task differences 0, ½, ½, ½: mean 0.375; Python bootstrap with seed 20231107: [0.125, 0.5].
        assertThat(comparison.difference().difference()).isEqualTo(0.375);
        assertThat(comparison.difference().lower()).isEqualTo(0.125);
        assertThat(comparison.difference().upper()).isEqualTo(0.5);
        // Three tasks favour full_pcl by one chain in two: 2 of the 8 sign patterns reach |S| >= 3.
        assertThat(comparison.test().method()).isEqualTo(TaskLevelTest.Method.EXACT_PERMUTATION_ON_TASKS);
        assertThat(comparison.test().pValue()).isEqualTo(0.25);
        assertThat(comparison.test().favouringA()).isEqualTo(3);
        assertThat(comparison.test().favouringB()).isZero();
        assertThat(comparison.power().tasks()).isEqualTo(4);
    }

    @Test
    void markdownShowsClusteredIntervalsAndNoWilsonForDependentChains() {
        String[] lines = TableFormat.MARKDOWN.renderModes(table()).split("\n");
        assertThat(lines).hasSize(4);
        assertThat(lines[0])
                .isEqualTo(
                        "| mode | seeds | tasks | chains | prompt strict % "
                                + "| prompt strict 95% CI (task-clustered) | prompt loose % | prompt loose 95% CI (task-clustered) "
                                + "| instruction strict % | instruction strict 95% CI (task-clustered) | instruction loose % "
                                + "| instruction loose 95% CI (task-clustered) "
                                + "| prompt strict 95% CI (Wilson, independent chains only) | tokens/chain | latency/chain ms |");
        assertThat(lines[1])
                .isEqualTo("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: "
                        + "| ---: | ---: | ---: | ---: |");
        assertThat(lines[2])
                .startsWith("| direct | 2 | 4 | 8 | 37.5 ± 17.7 | [0.0, 75.0] | 50.0 ± 0.0 |")
                .endsWith("| – | 412.3 | 1235 |");
        assertThat(lines[3]).startsWith("| full_pcl | 2 | 4 | 8 | 75.0 ± 0.0 | [50.0, 100.0] |");
    }

    @Test
    void markdownComparisonsNameTheTaskLevelTest() {
        String[] lines = TableFormat.MARKDOWN.renderComparisons(table()).split("\n");
        assertThat(lines[0])
                .isEqualTo("| mode | baseline | tasks | difference pp "
                        + "| difference 95% CI (paired task bootstrap) | resamples | bootstrap seed | task-level test "
                        + "| tasks mode better | tasks baseline better | p | detectable difference pp (80% power) |");
        assertThat(lines[2])
                .startsWith("| full_pcl | direct | 4 | +37.5 | [+12.5, +50.0] | 10000 | 20231107 "
                        + "| exact permutation on tasks | 3 | 0 | 0.2500 |");
    }

    @Test
    void oneChainPerTaskGetsTheWilsonIntervalAndMcNemarOnTasks() {
        List<TaskSeedTally> a = new ArrayList<>();
        List<TaskSeedTally> b = new ArrayList<>();
        boolean[] passA = {true, true, true, true, true, false, true, false, false, true};
        boolean[] passB = {false, false, false, true, false, false, true, false, true, false};
        for (int t = 0; t < passA.length; t++) {
            a.add(new TaskSeedTally(
                    "a", "k" + t, "1", 1, passA[t] ? 1 : 0, passA[t] ? 1 : 0, 1, passA[t] ? 1 : 0, passA[t] ? 1 : 0));
            b.add(new TaskSeedTally(
                    "b", "k" + t, "1", 1, passB[t] ? 1 : 0, passB[t] ? 1 : 0, 1, passB[t] ? 1 : 0, passB[t] ? 1 : 0));
        }
        ResultsTable table = ResultsTable.builder()
                .mode("a", a, Double.NaN, Double.NaN)
                .mode("b", b, Double.NaN, Double.NaN)
                .build();
        assertThat(table.modes().get(0).intervals().independentWilson()).isEqualTo(WilsonInterval.of(7, 10));
        assertThat(TableFormat.CSV.renderModes(table).split("\n")[1]).contains("\"[39.7, 89.2]\",–,–");
        TaskLevelTest test = table.comparisons().get(0).test();
        assertThat(test.method()).isEqualTo(TaskLevelTest.Method.EXACT_MCNEMAR_ON_TASKS);
        assertThat(test.favouringA()).isEqualTo(1); // b better than a on one task
        assertThat(test.favouringB()).isEqualTo(5);
        assertThat(test.pValue()).isCloseTo(0.21875, within(1e-15));
    }

    @Test
    void forksGivePassAtKMajorityAndAtLeastKPerMode() {
        // Two tasks, one seed, four forks: task 1 passes 1 of 4, task 2 passes 3 of 4.
        List<TaskSeedTally> tallies = List.of(
                new TaskSeedTally("m", "1", "1", 4, 1, 1, 4, 1, 1), new TaskSeedTally("m", "2", "1", 4, 3, 3, 4, 3, 3));
        ResultsTable table = ResultsTable.builder()
                .mode("m", tallies, Double.NaN, Double.NaN)
                .build();
        ForkSummary forks = table.modes().get(0).intervals().forks();
        assertThat(forks.forks()).isEqualTo(4);
        // pass@2: task 1: 1 - C(3,2)/C(4,2) = 0.5; task 2: 1 - C(1,2)/C(4,2) = 1 → 0.75.
        assertThat(forks.passAtK().get(1).estimate()).isCloseTo(0.75, within(1e-12));
        assertThat(forks.passAtK().get(0).estimate()).isCloseTo(0.5, within(1e-12));
        assertThat(forks.majority().estimate()).isEqualTo(0.5);
        assertThat(forks.atLeastK().get(2).estimate()).isEqualTo(0.5); // at least 3 of 4: task 2 only
        assertThat(forks.atLeastK().get(3).estimate()).isZero();
        String forkTable = TableFormat.CSV.renderForks(table);
        assertThat(forkTable.lines())
                .contains(
                        "m,pass@2 (unbiased),2,75.0,\"[50.0, 100.0]\"",
                        "m,majority of forks,2,50.0,\"[0.0, 100.0]\"",
                        "m,at least 4 of 4 forks,2,0.0,\"[0.0, 0.0]\"");
    }

    @Test
    void textRendersEveryTableSeparatedByBlankLines() {
        String text = TableFormat.TEXT.render(table());
        String[] blocks = text.split("\n\n");
        assertThat(blocks).hasSize(3); // modes, comparisons, power (no forks)
        String[] modes = blocks[0].split("\n");
        assertThat(modes).hasSize(4);
        assertThat(modes[1]).matches("-+( +-+)+");
        assertThat(Arrays.stream(modes).mapToInt(String::length).distinct()).hasSize(1);
        assertThat(blocks[1]).contains("+37.5").contains("[+12.5, +50.0]").contains("0.2500");
        assertThat(blocks[2])
                .contains("full_pcl vs direct (paired, observed)")
                .contains("direct vs another model on these tasks (upper bound)");
    }

    @Test
    void aModeKnownOnlyByItsRatesShowsNoIntervals() {
        ModeRow row = new ModeRow(
                "direct",
                List.of(0.4),
                List.of(0.5),
                List.of(0.6),
                List.of(0.7),
                new Proportion(0, 0),
                Double.NaN,
                Double.NaN);
        ResultsTable table = ResultsTable.builder().mode(row).build();
        assertThat(table.modes().get(0).promptStrict().std()).isNaN();
        assertThat(TableFormat.CSV.renderModes(table).split("\n")[1])
                .isEqualTo("direct,1,–,0,40.0,–,50.0,–,60.0,–,70.0,–,–,–,–");
        assertThat(TableFormat.TEXT.render(table)).isEqualTo(TableFormat.TEXT.renderModes(table));
    }

    @Test
    void markdownEscapesPipesAndCsvQuotes() {
        ResultsTable pipes = ResultsTable.builder()
                .mode(new ModeRow(
                        "a|b", List.of(0.4), List.of(0.5), List.of(0.6), List.of(0.7), new Proportion(4, 10), 1, 1))
                .build();
        assertThat(TableFormat.MARKDOWN.renderModes(pipes).split("\n")[2]).startsWith("| a\\|b | 1 |");
        assertThat(TableFormat.csvField("pcl, \"v2\"")).isEqualTo("\"pcl, \"\"v2\"\"\"");
        assertThat(TableFormat.csvField("plain")).isEqualTo("plain");
        assertThat(TableFormat.csvField("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(TableFormat.csvField(" padded")).isEqualTo("\" padded\"");
    }

    @Test
    void numbersIgnoreTheDefaultLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            String csv = TableFormat.CSV.render(table());
            assertThat(csv)
                    .contains("37.5 ± 17.7")
                    .contains("412.3")
                    .contains("+37.5")
                    .doesNotContain("37,5");
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
    void rejectsInconsistentInput() {
        assertThatThrownBy(() -> ResultsTable.builder()
                        .mode("direct", direct(), 1, 1)
                        .mode("direct", direct(), 1, 1)
                        .build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ResultsTable.builder().mode("full_pcl", direct(), 1, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("a tally of mode direct");
        assertThatThrownBy(() -> new ModeRow(
                        "direct",
                        List.of(0.4, 0.5),
                        List.of(0.5),
                        List.of(0.6),
                        List.of(0.7),
                        new Proportion(1, 2),
                        1,
                        1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TaskSeedTally("m", "1", "1", 1, 2, 0, 1, 0, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("task 1");
        ModeComparison comparison = table().comparisons().get(0);
        assertThatThrownBy(() -> new ModeComparison(
                        "direct", "direct", comparison.difference(), comparison.test(), comparison.power()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
