package org.tracelab.app.service.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracelab.app.service.store.OpenStore;
import org.tracelab.core.flags.FlagNames;
import org.tracelab.core.record.ComplianceEvalRecord;
import org.tracelab.core.record.RecordRun;
import org.tracelab.core.stats.ModeSummary;
import org.tracelab.core.stats.ResultsTable;
import org.tracelab.core.trace.Attempt;
import org.tracelab.core.trace.DatasetDescription;
import org.tracelab.core.trace.Message;
import org.tracelab.core.trace.ModelDescription;
import org.tracelab.core.trace.RunInfo;
import org.tracelab.core.trace.RunStatus;
import org.tracelab.core.trace.Strategy;
import org.tracelab.core.trace.TaskRecord;
import org.tracelab.core.verify.InstructionVerdict;
import org.tracelab.core.verify.LooseVariant;
import org.tracelab.storage.TraceReader;
import org.tracelab.storage.TraceStore;
import org.tracelab.storage.TraceWriter;

/**
 * Repair outcomes and tokens/latency per mode, counted from a store built here with known chains, streamed
 * chain by chain the way the Results section reads a run.
 */
class RunBreakdownTest {

    private static final List<String> MODE_ORDER = List.of("direct", "prompt_retry", "full_pcl");
    private static final java.time.Instant T0 = java.time.Instant.parse("2025-06-01T10:00:00Z");
    private static final ModelDescription MODEL = new ModelDescription(
            "openai-compatible",
            "m",
            List.of("http://x/v1"),
            null,
            null,
            Map.of("max_tokens", JsonNodeFactory.instance.numberNode(1280)));
    private static final DatasetDescription DATASET = new DatasetDescription("tasks.jsonl", "d".repeat(64), 2);
    private static final TaskRecord FEASIBLE = new TaskRecord(
            "1",
            "Name colours without commas.",
            List.of("punctuation:no_comma"),
            List.of(JsonNodeFactory.instance.objectNode()),
            List.of());
    private static final TaskRecord INFEASIBLE = new TaskRecord(
            "2",
            "Write 5000 words without commas.",
            List.of("punctuation:no_comma"),
            List.of(JsonNodeFactory.instance.objectNode()),
            List.of(FlagNames.INFEASIBLE_LENGTH_VS_MAX_TOKENS));

    @TempDir
    Path dir;

    private final RepairOutcomeCounter repairs = new RepairOutcomeCounter();
    private final UsageCounter usage = new UsageCounter();
    private long runId;

    @BeforeEach
    void buildStoreAndCount() {
        try (TraceStore store = TraceStore.open(dir.resolve("t.tracelab.db"))) {
            TraceWriter writer = store.writer();
            long run = writer.createRun(new RunInfo(
                    "breakdown",
                    T0,
                    null,
                    RunStatus.RUNNING,
                    MODEL,
                    DATASET,
                    MODE_ORDER,
                    List.of(1L, 2L, 3L, 4L, 5L),
                    1,
                    "v1",
                    null));
            runId = run;
            RecordRun recordRun = new RecordRun("breakdown", MODEL, DATASET, "v1");
            // full_pcl: one chain of each ending, plus an unfinished one that must count nowhere.
            chain(writer, run, recordRun, FEASIBLE, "full_pcl", 1, 0, call(0, Strategy.DIRECT, true));
            chain(
                    writer,
                    run,
                    recordRun,
                    FEASIBLE,
                    "full_pcl",
                    2,
                    1,
                    call(0, Strategy.DIRECT, false),
                    call(1, Strategy.PATCH, true));
            chain(
                    writer,
                    run,
                    recordRun,
                    FEASIBLE,
                    "full_pcl",
                    3,
                    1,
                    call(0, Strategy.DIRECT, false),
                    call(1, Strategy.REGENERATE, true));
            chain(
                    writer,
                    run,
                    recordRun,
                    INFEASIBLE,
                    "full_pcl",
                    1,
                    0,
                    call(0, Strategy.DIRECT, false),
                    call(1, Strategy.PATCH, false));
            chain(
                    writer,
                    run,
                    recordRun,
                    FEASIBLE,
                    "full_pcl",
                    4,
                    0,
                    call(0, Strategy.DIRECT, false),
                    call(1, Strategy.RULE_FIX, false));
            chain(writer, run, recordRun, FEASIBLE, "full_pcl", 5, null, call(0, Strategy.DIRECT, false));
            // prompt_retry: fixed by the retry; not fixed, with a retry of unknown latency (as imports have).
            chain(
                    writer,
                    run,
                    recordRun,
                    FEASIBLE,
                    "prompt_retry",
                    1,
                    1,
                    call(0, Strategy.DIRECT, false),
                    call(1, Strategy.RETRY, true));
            chain(
                    writer,
                    run,
                    recordRun,
                    FEASIBLE,
                    "prompt_retry",
                    2,
                    0,
                    call(0, Strategy.DIRECT, false),
                    withoutLatency(call(1, Strategy.RETRY, false)));
            // direct never repairs: usage only.
            chain(writer, run, recordRun, FEASIBLE, "direct", 1, 0, call(0, Strategy.DIRECT, true));
            writer.commit();
            try (TraceReader reader = store.openReader()) {
                reader.forEachRecord(run, record -> {
                    repairs.accept(record);
                    usage.accept(record);
                });
            }
        }
    }

    @Test
    void countsHowEachRepairModesChainsEnded() {
        List<ModeRepairOutcomes> outcomes = repairs.outcomes(MODE_ORDER);

        assertThat(outcomes).extracting(ModeRepairOutcomes::mode).containsExactly("prompt_retry", "full_pcl");
        ModeRepairOutcomes pcl = outcomes.get(1);
        assertThat(pcl.chains()).isEqualTo(5);
        assertThat(pcl.counts())
                .containsOnly(
                        Map.entry(RepairOutcome.PASSED_FIRST, 1),
                        Map.entry(RepairOutcome.FIXED_BY_PATCH, 1),
                        Map.entry(RepairOutcome.FIXED_BY_REGENERATE, 1),
                        Map.entry(RepairOutcome.INFEASIBLE, 1),
                        Map.entry(RepairOutcome.NOT_FIXED, 1));
        assertThat(outcomes.get(0).counts())
                .containsOnly(Map.entry(RepairOutcome.FIXED_BY_RETRY, 1), Map.entry(RepairOutcome.NOT_FIXED, 1));
    }

    @Test
    void sumsReportedTokensCountsUnknownOnesAndTakesChainLatencyPercentiles() {
        List<ModeUsage> modes = usage.usage(MODE_ORDER);

        assertThat(modes).extracting(ModeUsage::mode).containsExactly("direct", "prompt_retry", "full_pcl");
        ModeUsage pcl = modes.get(2);
        assertThat(pcl.chains()).isEqualTo(5);
        assertThat(pcl.calls()).as("the rule fix is no call").isEqualTo(8);
        assertThat(pcl.callsWithoutTokens())
                .as("the regenerate reported no counts")
                .isEqualTo(1);
        assertThat(pcl.promptTokens()).isEqualTo(10 + 30 + 10 + 30 + 10);
        assertThat(pcl.completionTokens()).isEqualTo(5 + 11 + 5 + 11 + 5);
        assertThat(pcl.chainsWithTokens()).isEqualTo(4);
        assertThat(pcl.tokensPerChain()).isEqualTo((15 + 41 + 41 + 15) / 4.0);
        // Chain latencies 100, 300, 400, 300, 100 ms.
        assertThat(pcl.chainsWithLatency()).isEqualTo(5);
        assertThat(pcl.latencyMeanMillis()).isEqualTo(240.0);
        assertThat(pcl.latencyP50Millis()).isEqualTo(300.0);
        assertThat(pcl.latencyP95Millis()).isEqualTo(400.0);

        ModeUsage retry = modes.get(1);
        assertThat(retry.calls()).isEqualTo(4);
        assertThat(retry.chainsWithLatency())
                .as("a call of unknown latency leaves its chain out")
                .isEqualTo(1);
        assertThat(retry.latencyMeanMillis()).isEqualTo(250.0);
        assertThat(retry.latencyP95Millis()).isEqualTo(250.0);
        assertThat(modes.get(0).tokensPerChain()).isEqualTo(15.0);
    }

    @Test
    void theResultsTableCountsTokensAndLatencyTheSameWayNeverTakingUnknownCountsAsZero() {
        ResultsTable table;
        try (OpenStore store = OpenStore.open(dir.resolve("t.tracelab.db"))) {
            table = new ReportService(store)
                    .report(runId, MODE_ORDER)
                    .orElseThrow()
                    .statistics();
        }
        ModeSummary pcl = table.modes().stream()
                .filter(row -> row.mode().equals("full_pcl"))
                .findFirst()
                .orElseThrow();
        assertThat(pcl.tokensPerChain())
                .as("the chain with an unreported count is left out, not counted as 0")
                .isEqualTo((15 + 41 + 41 + 15) / 4.0);
        assertThat(pcl.latencyMillisPerChain()).isEqualTo(240.0);
        ModeSummary retry = table.modes().stream()
                .filter(row -> row.mode().equals("prompt_retry"))
                .findFirst()
                .orElseThrow();
        assertThat(retry.latencyMillisPerChain()).isEqualTo(250.0);
    }

    @Test
    void nearestRankPercentiles() {
        long[] sorted = {10, 20, 30, 40, 50, 60, 70, 80, 90, 100};
        assertThat(UsageCounter.nearestRank(sorted, 10, 50)).isEqualTo(50.0);
        assertThat(UsageCounter.nearestRank(sorted, 10, 95)).isEqualTo(100.0);
        assertThat(UsageCounter.nearestRank(sorted, 1, 95)).isEqualTo(10.0);
        assertThat(UsageCounter.nearestRank(sorted, 0, 50)).isNaN();
    }

    private static void chain(
            TraceWriter writer,
            long run,
            RecordRun recordRun,
            TaskRecord task,
            String mode,
            long seed,
            Integer finalIndex,
            Attempt... attempts) {
        Boolean passed = finalIndex == null
                ? null
                : attempts[finalIndex].verdicts().get(0).strict();
        writer.importRecord(
                run,
                ComplianceEvalRecord.of(
                        recordRun, task, mode, seed, 0, List.of(attempts), finalIndex, passed, passed, null, null));
    }

    /** Tokens and latency by strategy: direct 10+5 in 100 ms, patch 20+6 in 200, regenerate none in 300, retry 15+4 in 150. */
    private static Attempt call(int index, Strategy strategy, boolean pass) {
        Integer prompt = switch (strategy) {
            case DIRECT -> 10;
            case PATCH -> 20;
            case RETRY -> 15;
            default -> null;
        };
        Integer completion = switch (strategy) {
            case DIRECT -> 5;
            case PATCH -> 6;
            case RETRY -> 4;
            default -> null;
        };
        Long latency = switch (strategy) {
            case DIRECT -> 100L;
            case PATCH -> 200L;
            case REGENERATE -> 300L;
            case RETRY -> 150L;
            default -> null;
        };
        List<Message> request = strategy == Strategy.RULE_FIX ? List.of() : List.of(new Message("user", "p"));
        return new Attempt(
                index,
                index == 0 ? null : index - 1,
                strategy,
                request,
                pass ? "red green" : "red, green",
                strategy == Strategy.RULE_FIX ? null : "stop",
                prompt,
                completion,
                latency,
                null,
                T0,
                List.of(new InstructionVerdict(
                        0,
                        "punctuation:no_comma",
                        pass,
                        pass,
                        pass ? LooseVariant.AS_GIVEN : null,
                        List.of(),
                        pass ? "no commas" : "a comma")),
                new ArrayList<>());
    }

    private static Attempt withoutLatency(Attempt a) {
        return new Attempt(
                a.index(),
                a.parentIndex(),
                a.strategy(),
                a.request(),
                a.output(),
                a.finishReason(),
                a.promptTokens(),
                a.completionTokens(),
                null,
                null,
                a.createdAt(),
                a.verdicts(),
                a.flags());
    }
}
