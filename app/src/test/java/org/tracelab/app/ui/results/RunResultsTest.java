package org.tracelab.app.ui.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tracelab.app.service.report.RunCompletion;
import org.tracelab.app.service.report.RunSummary;
import org.tracelab.core.trace.DatasetDescription;
import org.tracelab.core.trace.ModelDescription;
import org.tracelab.core.trace.RunInfo;
import org.tracelab.core.trace.RunStatus;
import org.tracelab.storage.StoredRun;
import org.tracelab.storage.query.ModeAggregate;
import org.tracelab.storage.query.ModeAggregate.SeedRates;
import org.tracelab.storage.query.Rates;

class RunResultsTest {

    @Test
    void severalSeedsShowMeanAndSampleStdOverSeeds() {
        ModeAggregate direct = new ModeAggregate(
                "direct",
                new Rates(20, 20, 24, 0.5, 0.6, 0.7, 0.8, 0),
                List.of(
                        new SeedRates(1L, new Rates(10, 10, 12, 0.4, 0.5, 0.6, 0.7, 0)),
                        new SeedRates(2L, new Rates(10, 10, 12, 0.6, 0.7, 0.8, 0.9, 0))));

        RunResult result = RunResults.from(report(List.of(1L, 2L), direct));

        ModeLine line = result.lines().get(0);
        assertThat(line.mode()).isEqualTo("direct");
        assertThat(line.finishedChains()).isEqualTo(20);
        assertThat(line.attempts()).isEqualTo(24);
        assertThat(line.promptStrict()).isEqualTo("50.0 ± 14.1"); // std of {40, 60} = 14.14
        assertThat(line.instructionLoose()).isEqualTo("80.0 ± 14.1");
        assertThat(line.promptStrictMean()).isCloseTo(0.5, within(1e-12));
        assertThat(result.details()).contains("2 seeds");
    }

    @Test
    void oneSeedShowsTheRateAloneAndTheChainInterval() {
        ModeAggregate direct = new ModeAggregate(
                "direct",
                new Rates(50, 50, 50, 0.42, 0.5, 0.6, 0.7, 3),
                List.of(new SeedRates(42L, new Rates(50, 50, 50, 0.42, 0.5, 0.6, 0.7, 3))));

        ModeLine line = RunResults.from(report(List.of(42L), direct)).lines().get(0);

        assertThat(line.promptStrict()).isEqualTo("42.0");
        assertThat(line.chainInterval()).startsWith("[").endsWith("]");
    }

    @Test
    void aModeWithoutFinishedChainsShowsDashes() {
        ModeAggregate empty = new ModeAggregate(
                "full_pcl",
                new Rates(3, 0, 2, null, null, null, null, 0),
                List.of(new SeedRates(null, new Rates(3, 0, 2, null, null, null, null, 0))));

        ModeLine line = RunResults.from(report(List.of(), empty)).lines().get(0);

        assertThat(line.promptStrict()).isEqualTo("–");
        assertThat(line.chainInterval()).isEqualTo("–");
        assertThat(Double.isNaN(line.promptStrictMean())).isTrue();
    }

    @Test
    void copiesRenderCoreTablesWithARunHeadingOrColumn() {
        ModeAggregate direct = new ModeAggregate(
                "direct",
                new Rates(50, 50, 50, 0.42, 0.5, 0.6, 0.7, 0),
                List.of(new SeedRates(42L, new Rates(50, 50, 50, 0.42, 0.5, 0.6, 0.7, 0))));
        List<RunResult> results = List.of(RunResults.from(report(List.of(42L), direct)));

        assertThat(ResultsCopy.markdown(results))
                .startsWith("### #7 a, run\n")
                .contains("| direct | 1 | – | 50 | 42.0 | – | 50.0 |");
        assertThat(ResultsCopy.csv(results).lines())
                .hasSize(2)
                .element(1)
                .asString()
                .startsWith("\"#7 a, run\",direct,1,–,50,42.0,–,50.0,");
    }

    @Test
    void anInterruptedRunSaysHowFarItGotAndThatItsFiguresCountFinishedChainsOnly() {
        RunCompletion interrupted = new RunCompletion(RunStatus.INTERRUPTED, 30, 18, 3);

        assertThat(RunResults.unfinished(interrupted))
                .isEqualTo("Interrupted: 12 of 30 chains unfinished, 3 failed "
                        + "calls. The server failed, not the model. The figures count finished chains only; Runs › Resume "
                        + "continues the run.");
        assertThat(RunResults.unfinished(new RunCompletion(RunStatus.CANCELLED, 30, 29, 0)))
                .isEqualTo("Cancelled: 1 of 30 chains unfinished. The figures count finished chains only; Runs › "
                        + "Resume continues the run.");
        assertThat(RunResults.unfinished(new RunCompletion(RunStatus.FINISHED, 30, 30, 2)))
                .isEmpty();
        assertThat(interrupted.unfinishedSummary()).isEqualTo("12 of 30 chains · 3 failed calls");
    }

    @Test
    void aCompletionCountsTheChainsAStoppedRunNeverReached() {
        ModeAggregate direct = new ModeAggregate("direct", new Rates(4, 3, 5, 0.5, 0.5, 0.5, 0.5, 0), List.of());
        RunInfo info = new RunInfo(
                "r",
                Instant.EPOCH,
                null,
                RunStatus.INTERRUPTED,
                new ModelDescription(
                        "openai-compatible", "m", List.of("http://127.0.0.1:8080/v1"), null, null, Map.of()),
                new DatasetDescription("tasks.jsonl", null, 5),
                List.of("direct", "full_pcl"),
                List.of(41L, 42L),
                1,
                "v1",
                null);

        RunCompletion completion = RunCompletion.of(info, List.of(direct), 2);

        assertThat(completion.plannedChains()).as("5 tasks × 2 modes × 2 seeds").isEqualTo(20);
        assertThat(completion.unfinishedChains()).isEqualTo(17);
        assertThat(completion.describe()).isEqualTo("17 of 20 chains unfinished, 2 failed calls");
    }

    private static RunSummary report(List<Long> seeds, ModeAggregate mode) {
        RunInfo info = new RunInfo(
                "a, run",
                Instant.EPOCH,
                Instant.EPOCH,
                RunStatus.FINISHED,
                new ModelDescription("wasmagent", "m", null, null, null, Map.of()),
                dataset(),
                List.of(mode.mode()),
                seeds,
                1,
                "v1",
                null);
        return new RunSummary(new StoredRun(7, info), List.of(mode), List.of());
    }

    private static DatasetDescription dataset() {
        return new DatasetDescription("ifeval", null, 1);
    }
}
