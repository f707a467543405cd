package org.tracelab.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracelab.app.cli.CliRunner.Result;
import org.tracelab.app.testing.LoopbackModelServer;
import org.tracelab.app.testing.WasmAgentReplay;
import org.tracelab.core.flags.FlagKind;
import org.tracelab.core.testing.SharedData;
import org.tracelab.core.trace.Attempt;
import org.tracelab.core.trace.TaskRecord;
import org.tracelab.storage.StoredAttempt;
import org.tracelab.storage.TraceReader;
import org.tracelab.storage.TraceStore;
import org.tracelab.storage.query.ChainQuery;
import org.tracelab.storage.query.ChainSummary;
import org.tracelab.storage.query.PageRequest;

/**
 * The export on a realistic run: 50 tasks × 3 seeds × 4 forks in all three modes, built by replaying recorded
 * Qwen2.5-1.5B answers through a loopback server ({@link WasmAgentReplay}: a TEST MODEL, recorded answers in new
 * places). Prints the counts (pairs, repair pairs, SFT lines) so they can be compared between versions, and checks
 * that the default DPO export keeps a pair for every task a clean repair exists for.
 */
class ReplayedRunExportTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void defaultDpoExportKeepsAPairForEveryTaskWithACleanRepair() throws Exception {
        Path db = dir.resolve("replay.tracelab.db");
        WasmAgentReplay replay = WasmAgentReplay.load(SharedData.require("data/wasmagent"));
        try (LoopbackModelServer server = new LoopbackModelServer(0, replay::answer)) {
            Result bench = CliRunner.run(
                    "bench",
                    "--db",
                    db.toString(),
                    "--endpoint",
                    server.baseUrl(),
                    "--model",
                    "qwen2.5-1.5b-replayed",
                    "--dataset",
                    SharedData.require("data/wasmagent/samples.jsonl").toString(),
                    "--nltk-data",
                    SharedData.require("data/nltk_data").toString(),
                    "--seeds",
                    WasmAgentReplay.SEEDS.stream().map(String::valueOf).collect(Collectors.joining(",")),
                    "--forks",
                    String.valueOf(WasmAgentReplay.FORKS),
                    "--concurrency",
                    "4");
            assertThat(bench.exitCode()).as(bench.err() + bench.out()).isZero();
            assertThat(bench.out()).contains("run 1 finished: 1800 chains finished");
        }

        JsonNode dpo = export(db, "dpo");
        JsonNode sft = export(db, "sft");
        JsonNode sftAll = export(db, "sft", "--sft-all-passing");
        Set<String> tasksWithPairs = new TreeSet<>();
        dpo.get("lines").forEach(line -> tasksWithPairs.add(line.get("task").asText()));
        Set<String> cleanlyRepaired = cleanlyRepairedTasks(db);
        System.out.printf(
                "replayed 50 x 3 x 4 run: %d DPO pairs from %d tasks (%d repair pairs), %d SFT lines"
                        + " (%d with --sft-all-passing); %d tasks have a clean repair, %d of them without a pair: %s%n",
                dpo.at("/counts/train/lines").asInt(),
                dpo.at("/counts/train/tasks").asInt(),
                dpo.at("/counts/pair_origins/repair").asInt(),
                sft.at("/counts/train/lines").asInt(),
                sftAll.at("/counts/train/lines").asInt(),
                cleanlyRepaired.size(),
                cleanlyRepaired.stream()
                        .filter(t -> !tasksWithPairs.contains(t))
                        .count(),
                cleanlyRepaired.stream()
                        .filter(t -> !tasksWithPairs.contains(t))
                        .toList());

        assertThat(cleanlyRepaired).isNotEmpty();
        assertThat(tasksWithPairs).containsAll(cleanlyRepaired);
        // Best of N: at most one SFT line per (task, seed); every passing answer is more.
        assertThat(sft.at("/counts/train/lines").asInt())
                .isPositive()
                .isLessThanOrEqualTo(50 * 3)
                .isLessThan(sftAll.at("/counts/train/lines").asInt());
        assertThat(dpo.get("lines")).allSatisfy(line -> {
            assertThat(line.get("chosen_rank").asInt()).isEqualTo(1);
            assertThat(line.get("rejected_rank").asInt()).isGreaterThan(1);
        });
    }

    private JsonNode export(Path db, String kind, String... options) throws Exception {
        String name = kind + options.length;
        Path out = dir.resolve(name).resolve(kind + ".jsonl");
        Files.createDirectories(out.getParent());
        List<String> args = new java.util.ArrayList<>(
                List.of("export", "--db", db.toString(), "--kind", kind, "--out", out.toString()));
        args.addAll(List.of(options));
        Result result = CliRunner.run(args.toArray(String[]::new));
        assertThat(result.exitCode()).as(result.err()).isZero();
        JsonNode manifest =
                JSON.readTree(dir.resolve(name).resolve(kind + ".manifest.json").toFile());
        assertThat(Files.readAllLines(out))
                .hasSize(manifest.at("/counts/train/lines").asInt());
        return manifest;
    }

    /**
     * Tasks without feasibility flags that have a repaired chain (its final attempt passes every instruction
     * strictly after a failing one) whose fixed answer and at least one failing attempt carry no quality flag.
     */
    private static Set<String> cleanlyRepairedTasks(Path db) {
        Set<String> tasks = new TreeSet<>();
        try (TraceStore store = TraceStore.open(db);
                TraceReader reader = store.openReader()) {
            PageRequest page = PageRequest.first(500);
            while (page != null) {
                var chains = reader.chains(ChainQuery.all().withRuns(1L), page);
                for (ChainSummary chain : chains.rows()) {
                    TaskRecord task = reader.task(1, chain.datasetKey()).orElseThrow();
                    if (!task.feasibilityFlags().isEmpty()
                            || !Boolean.TRUE.equals(chain.finalStrict())
                            || chain.finalAttemptIndex() == null
                            || chain.finalAttemptIndex() == 0) {
                        continue;
                    }
                    List<Attempt> attempts = reader.attempts(chain.chainId()).stream()
                            .map(StoredAttempt::attempt)
                            .toList();
                    int count = task.instructionIds().size();
                    Attempt fixed = attempts.get(chain.finalAttemptIndex());
                    boolean cleanFailure = attempts.stream()
                            .anyMatch(a -> !a.followsAllStrict(count)
                                    && !a.verdicts().isEmpty()
                                    && !a.output().isBlank()
                                    && !hasQualityFlag(a));
                    if (!hasQualityFlag(fixed) && cleanFailure) {
                        tasks.add(chain.datasetKey());
                    }
                }
                page = chains.next();
            }
        }
        return tasks;
    }

    private static boolean hasQualityFlag(Attempt attempt) {
        return FlagKind.anyQuality(attempt.flags());
    }
}
