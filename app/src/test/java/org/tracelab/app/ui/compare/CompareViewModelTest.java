package org.tracelab.app.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracelab.app.testing.CompareTestStore;
import org.tracelab.app.ui.ImmediateSession;
import org.tracelab.app.ui.diff.DiffChain;
import org.tracelab.app.ui.jobs.Jobs.Lane;
import org.tracelab.app.ui.runs.RunRow;
import org.tracelab.app.ui.runs.RunsViewModel;
import org.tracelab.core.compare.TaskChange;
import org.tracelab.storage.StoredAttempt;
import org.tracelab.storage.TraceStore;

/** The Compare section on two hand-made runs ({@link CompareTestStore}), on jobs that run at once. */
class CompareViewModelTest {

    @TempDir
    Path dir;

    private final ImmediateSession test = new ImmediateSession();
    private final List<Opened> opened = new ArrayList<>();
    private CompareTestStore fixture;
    private RunsViewModel runs;
    private CompareViewModel compare;

    private record Opened(List<DiffChain> chains, StoredAttempt left, StoredAttempt right) {}

    @BeforeEach
    void open() {
        Path file = dir.resolve("compare.tracelab.db");
        try (TraceStore store = TraceStore.open(file)) {
            fixture = CompareTestStore.fill(store.writer());
        }
        runs = new RunsViewModel(test.session(), test.jobs(), test.errors());
        compare = new CompareViewModel(
                test.session(),
                runs,
                test.jobs(),
                test.errors(),
                (chains, left, right) -> opened.add(new Opened(chains, left, right)));
        test.open(file);
    }

    @AfterEach
    void close() {
        test.close();
        assertThat(test.reported()).as("errors reported").isEmpty();
    }

    @Test
    void comparesTwoRunsInTwoLongJobsAndCountsEveryChange() {
        compare.compareRuns(run(fixture.base()), run(fixture.tuned()));

        assertThat(test.jobs().submitted())
                .filteredOn(job -> job.title().startsWith("Comparing"))
                .extracting(job -> job.lane())
                .containsExactly(Lane.LONG, Lane.LONG);
        assertThat(compare.rows()).extracting(CompareRow::key).containsExactly("1", "2", "3", "4", "5");
        assertThat(compare.count(TaskChange.FIXED)).isEqualTo(2);
        assertThat(compare.count(TaskChange.BROKEN)).isEqualTo(1);
        assertThat(compare.count(TaskChange.STABLE_PASS)).isEqualTo(1);
        assertThat(compare.count(TaskChange.STABLE_FAIL)).isEqualTo(1);
        assertThat(compare.counts().get())
                .isEqualTo("5 tasks on both sides · fixed 2 · broken 1 · stable pass 1 · stable fail 1 · 5 shown");
        // B − A = (2 fixed − 1 broken) / 5 tasks; the exact test on 3 discordant tasks: 2·P(X ≤ 1 | 3, ½) = 1.
        assertThat(compare.difference().get())
                .startsWith("B − A +20.0 pp in prompt-level strict pass rate over 5 tasks," + " 95% CI [")
                .endsWith("(paired bootstrap over tasks, 10,000 resamples, seed 20231107)");
        assertThat(compare.test().get())
                .isEqualTo("Task-level test: exact McNemar on tasks, p = 1.0000 (2 tasks favour B, 1 favour A)");
        assertThat(compare.detailed().get()).isTrue();
        assertThat(compare.state().summary().get())
                .isEqualTo("Compared 5 tasks (1 only on A, 0 only on B, not compared).");
        CompareRow first = compare.rows().get(0);
        assertThat(List.of(
                        first.aStrict(),
                        first.bStrict(),
                        first.changeLabel(),
                        first.aInstructions(),
                        first.bInstructions(),
                        first.aChains(),
                        first.bChains(),
                        first.flags()))
                .containsExactly("fail", "pass", "fixed", "1/2", "2/2", "0/1", "1/1", "truncated");
    }

    @Test
    void filtersKeepFlipsFixedInstructionsAndFlags() {
        compare.compareRuns(run(fixture.base()), run(fixture.tuned()));

        compare.change().set(ChangeFilter.FLIPS);
        assertThat(compare.rows()).extracting(CompareRow::key).containsExactly("1", "2", "5");
        compare.change().set(ChangeFilter.BROKEN);
        assertThat(compare.rows()).extracting(CompareRow::key).containsExactly("2");
        compare.change().set(ChangeFilter.STABLE_FAIL);
        assertThat(compare.rows()).extracting(CompareRow::key).containsExactly("4");

        compare.change().set(ChangeFilter.ALL);
        assertThat(compare.flagChoices()).containsExactly("truncated");
        compare.flag().set("truncated"); // a failing answer on either side
        assertThat(compare.rows()).extracting(CompareRow::key).containsExactly("1", "2", "4", "5");
        assertThat(compare.counts().get()).endsWith("· 4 shown");
        compare.flag().set(null);
        assertThat(compare.instructionChoices())
                .containsExactly("change_case:english_lowercase", "punctuation:no_comma");
        compare.instruction().set("punctuation:no_comma");
        assertThat(compare.rows()).hasSize(5);
        assertThat(compare.markdown())
                .contains("| B − A pp (paired bootstrap over tasks, 95% CI) | +20.0 [")
                .contains("| punctuation:no_comma | 5 | 2 | 1 |")
                .contains("| 5 | fail | pass |");
    }

    @Test
    void aSideCanBeOneModeAndSeedOfARun() {
        compare.sideA().choose(run(fixture.base()), "direct");
        compare.sideB().choose(run(fixture.tuned()), "direct");
        assertThat(compare.sideA().modes()).containsExactly(CompareSideModel.ALL, "direct");
        assertThat(compare.sideA().seeds()).containsExactly(CompareSideModel.ALL, "42");
        assertThat(compare.sideA().forks()).containsExactly(CompareSideModel.ALL, "0");
        compare.sideB().seed().set("42");

        compare.compare();

        assertThat(compare.heading().get())
                .isEqualTo("A = " + fixture.base() + ":direct (#" + fixture.base()
                        + " base, qwen2.5-1.5b-instruct-q4_k_m)   ·   B = " + fixture.tuned() + ":direct seeds 42 (#"
                        + fixture.tuned() + " tuned, qwen2.5-1.5b-instruct-q4_k_m)");
        assertThat(compare.rows()).hasSize(5);
        assertThat(compare.sideB().side().orElseThrow().seeds()).containsExactly(42L);
    }

    @Test
    void aRunThatIsGoneIsSaidPlainlyNotReportedAsAFault() {
        compare.sideA().run().set(run(fixture.base()));
        compare.sideB().run().set(new RunRow(99, "deleted meanwhile", "m", "direct", "42", "finished", "", "v"));

        compare.compare();

        assertThat(compare.rows()).isEmpty();
        assertThat(compare.state().summary().get()).startsWith("Cannot compare: no run 99 in ");
    }

    @Test
    void openingARowShowsBothFinalAnswersAcrossTheRuns() {
        compare.compareRuns(run(fixture.base()), run(fixture.tuned()));

        compare.open(compare.rows().get(1)); // task 2: pass on base, fail on tuned

        assertThat(opened).hasSize(1);
        Opened diff = opened.get(0);
        assertThat(diff.chains())
                .extracting(DiffChain::label)
                .containsExactly(
                        "A · run #" + fixture.base() + " · direct · seed 42 · fork 0 · chain "
                                + diff.left().chainId(),
                        "B · run #" + fixture.tuned() + " · direct · seed 42 · fork 0 · chain "
                                + diff.right().chainId());
        assertThat(diff.left().attempt().output()).isEqualTo("soft rain over base 2");
        assertThat(diff.right().attempt().output()).isEqualTo("soft rain, tuned 2");
        assertThat(diff.left().chainId()).isNotEqualTo(diff.right().chainId());
        assertThat(test.jobs()
                        .submitted()
                        .get(test.jobs().submitted().size() - 1)
                        .lane())
                .isEqualTo(Lane.BROWSE);
    }

    @Test
    void withoutTwoRunsNothingRunsAndTheStatusSaysWhy() {
        compare.sideA().run().set(run(fixture.base()));

        compare.compare();

        assertThat(compare.rows()).isEmpty();
        assertThat(compare.state().summary().get()).isEqualTo("Choose a run for side A and for side B, then Compare.");
        assertThat(test.jobs().titles()).noneMatch(title -> title.startsWith("Comparing"));
    }

    private RunRow run(long id) {
        return runs.runs().stream().filter(row -> row.id() == id).findFirst().orElseThrow();
    }
}
