package org.tracelab.app.ui.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracelab.app.service.report.RepairOutcome;
import org.tracelab.app.service.samples.SampleStoreService;
import org.tracelab.app.ui.ImmediateSession;
import org.tracelab.app.ui.jobs.ImmediateJobs;
import org.tracelab.app.ui.jobs.Jobs;
import org.tracelab.app.ui.runs.RunsViewModel;
import org.tracelab.core.samples.IllustrativeRunBuilder;
import org.tracelab.core.verify.Verifiers;
import org.tracelab.core.verify.text.punkt.BuiltInSentenceSplitter;

/** The Results section on the illustrative sample store (21 chains, 35 attempts), on jobs that run at once. */
class ResultsViewModelTest {

    @TempDir
    Path dir;

    private final ImmediateSession test = new ImmediateSession();
    private RunsViewModel runs;
    private ResultsViewModel results;

    @BeforeEach
    void openSamples() {
        Path samples = dir.resolve("samples.tracelab.db");
        new SampleStoreService(Verifiers.create(new BuiltInSentenceSplitter()), Clock.systemUTC())
                .install(samples, IllustrativeRunBuilder.Listener.NONE);
        runs = new RunsViewModel(test.session(), test.jobs(), test.errors());
        results = new ResultsViewModel(test.session(), runs, test.jobs(), test.errors());
        test.open(samples);
    }

    @AfterEach
    void close() {
        test.close();
        assertThat(test.reported()).as("errors reported").isEmpty();
    }

    @Test
    void choosingARunLoadsItsWholeReportAsALongJob() {
        long run = runs.runs().get(0).id();

        results.select(List.of(run));

        assertThat(results.loading().get()).isFalse();
        assertThat(results.results()).hasSize(1);
        RunResult result = results.results().get(0);
        assertThat(result.illustration()).isTrue();
        assertThat(result.lines()).extracting(ModeLine::mode).containsExactly("direct", "prompt_retry", "full_pcl");
        assertThat(result.lines().stream().mapToLong(ModeLine::finishedChains).sum())
                .isEqualTo(21);
        assertThat(result.lines().stream().mapToLong(ModeLine::attempts).sum()).isEqualTo(35);
        assertThat(result.statistics().comparisons())
                .as("each pair of the three modes")
                .hasSize(3);
        assertThat(result.repairs()).extracting(r -> r.mode()).containsExactly("prompt_retry", "full_pcl");
        assertThat(result.repairs().stream()
                        .mapToInt(r -> r.count(RepairOutcome.FIXED_BY_RETRY))
                        .sum())
                .isPositive();
        assertThat(result.usage()).hasSize(3);
        assertThat(results.canCopy().get()).isTrue();
        assertThat(results.markdown()).startsWith("### " + result.title());
    }

    @Test
    void aRunThatNoLongerExistsIsSkippedAndAnEmptyChoiceClearsTheResults() {
        long run = runs.runs().get(0).id();

        results.select(List.of(run, 99L));
        assertThat(results.results()).extracting(RunResult::runId).containsExactly(run);

        results.select(List.of());
        assertThat(results.results()).isEmpty();
        assertThat(results.canCopy().get()).isFalse();
    }

    @Test
    void reportsAreLongJobsSoBrowsingNeverWaitsForThem() {
        results.select(List.of(runs.runs().get(0).id()));

        assertThat(test.jobs().submitted())
                .filteredOn(job -> job.title().equals("Loading results"))
                .extracting(ImmediateJobs.Submitted::lane)
                .containsOnly(Jobs.Lane.LONG);
    }
}
