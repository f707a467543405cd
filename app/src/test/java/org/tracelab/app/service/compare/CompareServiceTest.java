package org.tracelab.app.service.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracelab.app.service.store.OpenStore;
import org.tracelab.app.testing.CompareTestStore;
import org.tracelab.core.compare.CompareSide;
import org.tracelab.core.compare.RunComparison;
import org.tracelab.core.compare.TaskChange;
import org.tracelab.core.compare.TaskMatch;
import org.tracelab.core.stats.Resampling;
import org.tracelab.storage.query.ChainSummary;

/** Comparisons on two hand-made runs ({@link CompareTestStore}): checked sides, the two steps, a task's answers. */
class CompareServiceTest {

    @TempDir
    Path dir;

    private OpenStore store;
    private CompareTestStore fixture;
    private CompareService service;

    @BeforeEach
    void open() {
        store = OpenStore.open(dir.resolve("c.tracelab.db"));
        fixture = CompareTestStore.fill(store.writer());
        service = new CompareService(store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void firstRowsCountTheSameChangesAsTheWholeComparison() {
        ComparedSides sides =
                service.sides(CompareSide.run(fixture.base()), CompareSide.mode(fixture.tuned(), "direct"));

        TaskMatch first = service.firstRows(sides);
        RunComparison whole = service.compare(sides, Resampling.DEFAULT);

        assertThat(first.tasks()).isEqualTo(5);
        assertThat(first.onlyA()).isEqualTo(1);
        assertThat(first.counts()).isEqualTo(whole.counts());
        assertThat(whole.count(TaskChange.FIXED)).isEqualTo(2);
        assertThat(first.rows()).allSatisfy(row -> assertThat(row.a().flags()).isEmpty()); // details come second
        assertThat(whole.rows().get(0).a().flags()).containsExactly("truncated");
        assertThat(whole.difference().difference()).isEqualTo(0.2);
        assertThat(sides.b().label())
                .isEqualTo(fixture.tuned() + ":direct (#" + fixture.tuned() + " tuned, qwen2.5-1.5b-instruct-q4_k_m)");
    }

    @Test
    void sidesTheStoreDoesNotHaveAreNamed() {
        assertThatThrownBy(() -> service.sides(CompareSide.run(fixture.base()), CompareSide.run(77)))
                .isInstanceOf(UnknownSideException.class)
                .hasMessageStartingWith("no run 77 in ");
        assertThatThrownBy(() -> service.sides(CompareSide.mode(fixture.base(), "full_pcl"), CompareSide.run(1)))
                .hasMessage("run " + fixture.base() + " has no mode full_pcl (it has direct)");
        assertThatThrownBy(() -> service.sides(
                        new CompareSide(fixture.base(), Set.of(), Set.of(7L), Set.of()), CompareSide.run(1)))
                .hasMessage("run " + fixture.base() + " has no seed 7 (it has 42)");
        assertThatThrownBy(() -> service.sides(
                        new CompareSide(fixture.base(), Set.of(), Set.of(), Set.of(1)), CompareSide.run(1)))
                .hasMessage("run " + fixture.base() + " has no fork 1 (it has forks 0 to 0)");
    }

    @Test
    void aTasksAnswersAreEachSidesChainsWithTheirFinalAttempts() {
        ComparedSides sides = service.sides(CompareSide.run(fixture.base()), CompareSide.run(fixture.tuned()));

        TaskAnswers answers = service.answers(sides, "1");

        assertThat(answers.a()).hasSize(1);
        assertThat(answers.b()).hasSize(1);
        assertThat(answers.a().get(0).finalAttempt().orElseThrow().attempt().output())
                .isEqualTo("soft rain, base 1");
        assertThat(answers.b().get(0).finalAttempt().orElseThrow().attempt().output())
                .isEqualTo("soft rain over tuned 1");
        assertThat(answers.a().get(0).runName()).isEqualTo("base");
        assertThat(answers.a().get(0).task().instructionIds()).hasSize(2);
        assertThat(service.answers(sides, "6").b()).as("task 6 is only in base").isEmpty();
    }

    @Test
    void chainsOfATaskComeFromEveryRun() {
        assertThat(service.chainsOfTask("3"))
                .extracting(ChainSummary::runId)
                .containsExactly(fixture.base(), fixture.tuned());
        assertThat(service.chainsOfTask("6")).extracting(ChainSummary::runId).containsExactly(fixture.base());
        assertThat(service.chainsOfTask("none")).isEmpty();
        ChainSummary chain = service.chainsOfTask("3").get(1);
        LocatedChain located = service.chain(chain).orElseThrow();
        assertThat(located.label())
                .isEqualTo("run #" + fixture.tuned() + " · direct · seed 42 · fork 0 · chain " + chain.chainId());
        assertThat(located.attempts()).hasSize(1);
    }
}
