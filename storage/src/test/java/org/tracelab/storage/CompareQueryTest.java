package org.tracelab.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracelab.core.compare.CompareSide;
import org.tracelab.core.compare.InstructionTally;
import org.tracelab.core.compare.RunComparison;
import org.tracelab.core.compare.SideTask;
import org.tracelab.core.compare.SideTaskCollector;
import org.tracelab.core.compare.TaskChange;
import org.tracelab.core.record.ComplianceEvalRecord;
import org.tracelab.core.stats.Resampling;
import org.tracelab.core.stats.TallyCollector;
import org.tracelab.core.testing.SampleTraces;
import org.tracelab.core.trace.Attempt;
import org.tracelab.core.trace.ChainKey;
import org.tracelab.core.trace.Flags;
import org.tracelab.core.trace.Strategy;
import org.tracelab.core.verify.InstructionVerdict;
import org.tracelab.core.verify.LooseVariant;

/**
 * Two runs on tasks 1–4 with known verdicts. Run A, mode direct, seeds 1 and 2, two forks each (4 chains per task):
 * passing chains per task 1: 4, 2: 2 (a tie), 3: 1, 4: 0; plus mode repair on task 1 (passing) and an unfinished
 * chain on task 2. Run B, mode direct, seed 1, one fork: 1 fails, 2 passes, 3 passes, 4 fails (flagged refusal),
 * and task 5 that A never ran.
 */
class CompareQueryTest {

    @TempDir
    Path dir;

    private TraceStore store;
    private TraceReader reader;
    private long runA;
    private long runB;

    @BeforeEach
    void fillStore() {
        store = TraceStore.open(dir.resolve("c.db"));
        TraceWriter writer = store.writer();
        runA = writer.createRun(SampleTraces.run("a"));
        runB = writer.createRun(SampleTraces.run("b"));
        for (String key : List.of("1", "2", "3", "4")) {
            writer.putTask(runA, SampleTraces.task(key));
        }
        for (String key : List.of("1", "2", "3", "4", "5")) {
            writer.putTask(runB, SampleTraces.task(key));
        }
        int[] passingA = {4, 2, 1, 0};
        for (int task = 0; task < 4; task++) {
            int chain = 0;
            for (long seed = 1; seed <= 2; seed++) {
                for (int fork = 0; fork < 2; fork++) {
                    finished(
                            writer,
                            new ChainKey(runA, Integer.toString(task + 1), "direct", seed, fork),
                            chain++ < passingA[task],
                            List.of());
                }
            }
        }
        finished(writer, new ChainKey(runA, "1", "repair", 1L, 0), true, List.of());
        ChainHandle open = writer.beginChain(new ChainKey(runA, "2", "direct", 3L, 0));
        writer.appendAttempt(open, SampleTraces.failingDirect("open, never finished"));
        boolean[] passingB = {false, true, true, false, true};
        for (int task = 0; task < 5; task++) {
            finished(
                    writer,
                    new ChainKey(runB, Integer.toString(task + 1), "direct", 1L, 0),
                    passingB[task],
                    task == 3 ? List.of(Flags.REFUSAL) : List.of());
        }
        writer.commit();
        reader = store.openReader();
    }

    @AfterEach
    void close() {
        reader.close();
        store.close();
    }

    @Test
    void sideTasksCountFinishedChainsPerTaskWithInstructionVerdictsAndFlags() {
        Map<String, SideTask> a = byKey(reader.sideTasks(CompareSide.mode(runA, "direct")));
        assertThat(a.keySet()).containsExactlyInAnyOrder("1", "2", "3", "4");
        assertThat(a.get("2").chains()).isEqualTo(4); // the open chain counts nowhere
        assertThat(a.get("2").strictPasses()).isEqualTo(2);
        assertThat(a.get("2").strict()).isFalse(); // a tie is not a pass
        assertThat(a.get("1").strict()).isTrue();
        assertThat(a.get("1").instructions()).isEqualTo(8);
        assertThat(a.get("3").followedStrict()).isEqualTo(4 + 1); // lower case always, no comma once
        assertThat(a.get("3").instructionTallies())
                .containsExactly(
                        new InstructionTally(0, "punctuation:no_comma", 4, 1, 1),
                        new InstructionTally(1, "change_case:english_lowercase", 4, 4, 4));
        assertThat(a.get("4").flags()).containsExactly(Flags.TRUNCATED);
        // Narrowed to seed 1, fork 0: one chain per task.
        Map<String, SideTask> narrow =
                byKey(reader.sideTasks(new CompareSide(runA, Set.of("direct"), Set.of(1L), Set.of(0))));
        assertThat(narrow.get("3").chains()).isEqualTo(1);
        assertThat(narrow.get("3").strict()).isTrue();
        assertThat(byKey(reader.sideTasks(CompareSide.run(runA))).get("1").chains())
                .isEqualTo(5);
        // Without details: the same counts from the chain rows alone, no flags or instruction verdicts yet.
        SideTask quick =
                byKey(reader.sideTasks(CompareSide.mode(runA, "direct"), false)).get("3");
        assertThat(quick.chains()).isEqualTo(4);
        assertThat(quick.strictPasses()).isEqualTo(1);
        assertThat(quick.followedStrict()).isEqualTo(5);
        assertThat(quick.flags()).isEmpty();
        assertThat(quick.instructionTallies()).isEmpty();
    }

    @Test
    void comparisonCountsMatchARecountFromThePortableRecords() {
        RunComparison comparison = RunComparison.of(
                reader.sideTasks(CompareSide.mode(runA, "direct")),
                reader.sideTasks(CompareSide.run(runB)),
                Resampling.DEFAULT);
        // Task 1: pass → fail (broken); 2: tie → pass (fixed); 3: 1/4 → pass (fixed); 4: fail → fail.
        assertThat(comparison.tasks()).isEqualTo(4);
        assertThat(comparison.onlyB()).isEqualTo(1);
        assertThat(comparison.count(TaskChange.FIXED)).isEqualTo(2);
        assertThat(comparison.count(TaskChange.BROKEN)).isEqualTo(1);
        assertThat(comparison.count(TaskChange.STABLE_FAIL)).isEqualTo(1);
        assertThat(comparison.count(TaskChange.STABLE_PASS)).isZero();

        // The same from the portable records, counted independently of the SQL.
        Map<String, int[]> a = recount(runA, "direct");
        Map<String, int[]> b = recount(runB, null);
        Map<TaskChange, Integer> expected = new HashMap<>();
        for (String key : a.keySet()) {
            if (b.containsKey(key)) {
                boolean passA = 2 * a.get(key)[1] > a.get(key)[0];
                boolean passB = 2 * b.get(key)[1] > b.get(key)[0];
                expected.merge(TaskChange.of(passA, passB), 1, Integer::sum);
            }
        }
        for (TaskChange change : TaskChange.values()) {
            assertThat(comparison.count(change)).as(change.name()).isEqualTo(expected.getOrDefault(change, 0));
        }
        assertThat(comparison.rows().get(3).b().flags()).containsExactlyInAnyOrder(Flags.REFUSAL, Flags.TRUNCATED);

        // And core's record-side collector (what a recount from an exported records file uses) agrees row by row.
        SideTaskCollector sideA = new SideTaskCollector(CompareSide.mode(runA, "direct"));
        reader.forEachRecord(runA, sideA);
        SideTaskCollector sideB = new SideTaskCollector(CompareSide.run(runB));
        reader.forEachRecord(runB, sideB);
        RunComparison recounted = RunComparison.of(sideA.tasks(), sideB.tasks(), Resampling.DEFAULT);
        assertThat(recounted.counts()).isEqualTo(comparison.counts());
        assertThat(recounted.difference()).isEqualTo(comparison.difference());
        assertThat(recounted.instructionFlips()).isEqualTo(comparison.instructionFlips());
        for (int i = 0; i < comparison.tasks(); i++) {
            SideTask sql = comparison.rows().get(i).a();
            SideTask records = recounted.rows().get(i).a();
            assertThat(records)
                    .usingRecursiveComparison()
                    .ignoringFields("firstChainId")
                    .isEqualTo(sql);
        }
    }

    @Test
    void taskSeedTalliesInSqlEqualTheRecountFromRecords() {
        TallyCollector collector = new TallyCollector("a/");
        reader.forEachRecord(runA, collector);
        assertThat(new HashSet<>(reader.taskSeedTallies(runA, "a/"))).isEqualTo(new HashSet<>(collector.tallies()));
        assertThat(reader.taskSeedTallies(runA, "a/")).hasSize(4 * 2 + 1);
    }

    /** Per task: {finished chains, strict passes} of a run (and mode), from its records. */
    private Map<String, int[]> recount(long run, String mode) {
        Map<String, int[]> counts = new HashMap<>();
        List<ComplianceEvalRecord> records = new ArrayList<>();
        reader.forEachRecord(run, records::add);
        for (ComplianceEvalRecord record : records) {
            if (record.finalStrict() != null && (mode == null || mode.equals(record.mode()))) {
                int[] c = counts.computeIfAbsent(record.task().datasetKey(), k -> new int[2]);
                c[0]++;
                c[1] += record.finalStrict() ? 1 : 0;
            }
        }
        return counts;
    }

    private static Map<String, SideTask> byKey(List<SideTask> tasks) {
        Map<String, SideTask> map = new HashMap<>();
        tasks.forEach(t -> map.put(t.key(), t));
        return map;
    }

    private static Attempt withFlags(Attempt a, List<String> extra) {
        List<String> flags = new ArrayList<>(a.flags());
        flags.addAll(extra);
        return new Attempt(
                a.index(),
                a.parentIndex(),
                a.strategy(),
                a.request(),
                a.output(),
                a.finishReason(),
                a.promptTokens(),
                a.completionTokens(),
                a.latencyMs(),
                a.error(),
                a.createdAt(),
                a.verdicts(),
                flags);
    }

    private static void finished(TraceWriter writer, ChainKey key, boolean passes, List<String> flags) {
        ChainHandle chain = writer.beginChain(key);
        Attempt attempt = passes
                ? new Attempt(
                        0,
                        null,
                        Strategy.DIRECT,
                        List.of(),
                        "rain soft rain",
                        "stop",
                        10,
                        5,
                        100L,
                        null,
                        SampleTraces.T0,
                        List.of(
                                new InstructionVerdict(
                                        0,
                                        "punctuation:no_comma",
                                        true,
                                        true,
                                        LooseVariant.AS_GIVEN,
                                        List.of(),
                                        "no commas"),
                                new InstructionVerdict(
                                        1,
                                        "change_case:english_lowercase",
                                        true,
                                        true,
                                        LooseVariant.AS_GIVEN,
                                        List.of(),
                                        "all lower case")),
                        flags)
                : withFlags(SampleTraces.failingDirect("rain, rain"), flags);
        writer.appendAttempt(chain, attempt);
        writer.finishChain(chain, 0);
    }
}
