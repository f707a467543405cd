package org.tracelab.core.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tracelab.core.stats.Resampling;
import org.tracelab.core.stats.TaskLevelTest;

class RunComparisonTest {

    /** A task with {@code passes} of {@code chains} passing, one instruction (comma) following the same majority. */
    private static SideTask task(String key, int chains, int passes, String... flags) {
        return new SideTask(
                key,
                100 + key.hashCode() % 7,
                chains,
                passes,
                passes,
                chains,
                passes,
                passes,
                Set.of(flags),
                List.of(new InstructionTally(0, "punctuation:no_comma", chains, passes, passes)));
    }

    @Test
    void matchesOnTaskKeyAndCountsFlipsWithMajorityVerdicts() {
        List<SideTask> a = List.of(
                task("10", 3, 2),
                task("2", 3, 1),
                task("3", 2, 1),
                task("4", 1, 0),
                task("5", 3, 3),
                task("only-a", 1, 1));
        List<SideTask> b = List.of(
                task("2", 3, 2),
                task("10", 3, 0),
                task("3", 2, 2),
                task("4", 1, 0),
                task("5", 3, 2, "gamed"),
                task("only-b", 1, 0),
                task("only-b2", 1, 1));
        RunComparison comparison = RunComparison.of(a, b, Resampling.DEFAULT);
        // 2: 1/3 → 2/3 fixed; 3: 1/2 (tie = fail) → 2/2 fixed; 10: 2/3 → 0/3 broken; 4: stable fail; 5: stable pass.
        assertThat(comparison.rows()).extracting(TaskRow::key).containsExactly("2", "3", "4", "5", "10");
        assertThat(comparison.tasks()).isEqualTo(5);
        assertThat(comparison.onlyA()).isEqualTo(1);
        assertThat(comparison.onlyB()).isEqualTo(2);
        assertThat(comparison.count(TaskChange.FIXED)).isEqualTo(2);
        assertThat(comparison.count(TaskChange.BROKEN)).isEqualTo(1);
        assertThat(comparison.count(TaskChange.STABLE_PASS)).isEqualTo(1);
        assertThat(comparison.count(TaskChange.STABLE_FAIL)).isEqualTo(1);
        assertThat(comparison.rateA()).isCloseTo(2 / 5.0, within(1e-12));
        assertThat(comparison.rateB()).isCloseTo(3 / 5.0, within(1e-12));
        // B − A = (fixed − broken) / N.
        assertThat(comparison.difference().difference()).isCloseTo(0.2, within(1e-12));
        assertThat(comparison.difference().tasks()).isEqualTo(5);
        TaskLevelTest test = comparison.test();
        assertThat(test.method()).isEqualTo(TaskLevelTest.Method.EXACT_MCNEMAR_ON_TASKS);
        assertThat(test.favouringA()).isEqualTo(1);
        assertThat(test.favouringB()).isEqualTo(2);
        assertThat(test.pValue()).isEqualTo(1.0); // 2 vs 1: 2·P(X ≤ 1 | 3) = 2·4/8
        assertThat(comparison.instructionFlips())
                .containsExactly(new InstructionFlips("punctuation:no_comma", 5, 2, 1));
    }

    @Test
    void filtersByChangeInstructionAndFlag() {
        RunComparison comparison = RunComparison.of(
                List.of(task("1", 1, 0), task("2", 1, 1), task("3", 1, 1)),
                List.of(task("1", 1, 1), task("2", 1, 0, "refusal"), task("3", 1, 1)),
                Resampling.DEFAULT);
        assertThat(comparison.rows(CompareFilter.flips()))
                .extracting(TaskRow::key)
                .containsExactly("1", "2");
        assertThat(comparison.rows(CompareFilter.ALL.withChanges(Set.of(TaskChange.STABLE_PASS))))
                .extracting(TaskRow::key)
                .containsExactly("3");
        assertThat(comparison.rows(CompareFilter.ALL.withFlags(Set.of("refusal"))))
                .extracting(TaskRow::key)
                .containsExactly("2");
        assertThat(comparison.rows(CompareFilter.ALL.withInstruction("punctuation:no_comma")))
                .hasSize(3);
        assertThat(comparison.rows(CompareFilter.ALL.withInstruction("detectable_format:title")))
                .isEmpty();
        assertThat(comparison.rows().get(0).instructionChanges())
                .containsExactly(new InstructionChange(0, "punctuation:no_comma", false, true, false, true));
    }

    @Test
    void parsesRunAndRunColonMode() {
        assertThat(CompareSide.parse("3")).isEqualTo(CompareSide.run(3));
        assertThat(CompareSide.parse("3:full_pcl")).isEqualTo(CompareSide.mode(3, "full_pcl"));
        assertThat(CompareSide.parse("3:full_pcl").label()).isEqualTo("3:full_pcl");
        assertThatThrownBy(() -> CompareSide.parse("x:direct")).hasMessageContaining("'x:direct' is not RUN");
        assertThatThrownBy(() -> CompareSide.parse("3:")).hasMessageContaining("names no mode");
    }

    @Test
    void noSharedTaskGivesUndefinedRates() {
        RunComparison comparison =
                RunComparison.of(List.of(task("1", 1, 1)), List.of(task("2", 1, 1)), Resampling.DEFAULT);
        assertThat(comparison.tasks()).isZero();
        assertThat(comparison.rateA()).isNaN();
        assertThat(comparison.difference().difference()).isNaN();
        assertThat(comparison.test().pValue()).isEqualTo(1.0);
    }
}
