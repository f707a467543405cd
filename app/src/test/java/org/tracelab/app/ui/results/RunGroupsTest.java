package org.tracelab.app.ui.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracelab.app.testing.CompareTestStore;
import org.tracelab.app.ui.ImmediateSession;
import org.tracelab.app.ui.runs.RunsViewModel;
import org.tracelab.storage.StoredRunGroup;
import org.tracelab.storage.TraceStore;

/**
 * Run groups in the desktop, on jobs that run at once: three per-seed runs grouped in Runs and shown in Results as
 * one experiment; runs of one seed twice refused with the reason.
 */
class RunGroupsTest {

    @TempDir
    Path dir;

    private final ImmediateSession test = new ImmediateSession();
    private List<Long> seedRuns;
    private CompareTestStore sameSeed;
    private RunsViewModel runs;
    private ResultsViewModel results;

    @BeforeEach
    void open() {
        Path file = dir.resolve("groups.tracelab.db");
        try (TraceStore store = TraceStore.open(file)) {
            // Seeds 1, 2, 3 pass 3, 2 and 4 of the 5 tasks: 60 %, 40 %, 80 %.
            seedRuns = CompareTestStore.fillSeedRuns(
                    store.writer(), List.of(1L, 2L, 3L), List.of(Set.of(1, 2, 3), Set.of(1, 2), Set.of(1, 2, 3, 4)));
            sameSeed = CompareTestStore.fill(store.writer()); // base and tuned, both seed 42
        }
        runs = new RunsViewModel(test.session(), test.jobs(), test.errors());
        results = new ResultsViewModel(test.session(), runs, test.jobs(), test.errors());
        test.open(file);
    }

    @AfterEach
    void close() {
        test.close();
    }

    @Test
    void groupedSeedRunsShowAsOneExperimentWithMeanAndStdOverSeeds() {
        runs.group(seedRuns, runs.suggestedGroupName(seedRuns));

        assertThat(runs.groups()).hasSize(1);
        StoredRunGroup group = runs.groups().get(0);
        assertThat(group.name()).isEqualTo("qwen2.5-1.5b-instruct-q4_k_m seeds 1, 2, 3");
        assertThat(group.runIds()).isEqualTo(seedRuns);

        results.selectGroup(group);

        assertThat(results.results()).hasSize(1);
        RunResult result = results.results().get(0);
        assertThat(result.isGroup()).isTrue();
        assertThat(result.subject()).isEqualTo("group #" + group.id());
        assertThat(result.title())
                .isEqualTo("Group “" + group.name() + "”: runs " + seedRuns.get(0) + ", " + seedRuns.get(1) + ", "
                        + seedRuns.get(2));
        assertThat(result.details())
                .isEqualTo("qwen2.5-1.5b-instruct-q4_k_m · ifeval · 3 seeds over 3 runs · one "
                        + "experiment: mean ± std over seeds");
        ModeLine direct = result.lines().get(0);
        assertThat(direct.mode()).isEqualTo("direct");
        assertThat(direct.finishedChains()).isEqualTo(15);
        assertThat(direct.attempts()).isEqualTo(15);
        assertThat(direct.promptStrict()).isEqualTo("60.0 ± 20.0");
        assertThat(direct.promptStrictMean()).isEqualTo(0.6);
        // Clustered over the 5 tasks (3/3, 3/3, 2/3, 1/3, 0/3 chains passing): wide, around 60.
        assertThat(direct.chainInterval()).isEqualTo("[26.7, 93.3]"); // 10,000 resamples, seed 20231107
        assertThat(result.statistics().modes().get(0).intervals().promptStrict().lower())
                .isLessThan(0.6);
        assertThat(result.statistics().modes().get(0).intervals().promptStrict().upper())
                .isGreaterThan(0.6);
        assertThat(test.reported()).isEmpty();

        results.deleteGroup(group);
        assertThat(runs.groups()).isEmpty();
        assertThat(results.results()).isEmpty();
        assertThat(results.selectedGroup().get()).isNull();
    }

    @Test
    void runsOfTheSameSeedAreRefusedWithTheReasonAndNothingIsSaved() {
        runs.group(List.of(sameSeed.base(), sameSeed.tuned()), "not one experiment");

        assertThat(runs.groups()).isEmpty();
        assertThat(test.reported())
                .containsExactly("Runs " + sameSeed.base() + ", " + sameSeed.tuned()
                        + " cannot be grouped: these runs are not one experiment: seed 42 appears in more than one run (run "
                        + sameSeed.tuned() + "): the runs of a group differ in seed.");
    }
}
