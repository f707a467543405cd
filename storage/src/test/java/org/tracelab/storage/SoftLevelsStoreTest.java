package org.tracelab.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracelab.core.testing.SampleTraces;
import org.tracelab.core.trace.Attempt;
import org.tracelab.core.trace.ChainKey;
import org.tracelab.core.trace.DatasetDescription;
import org.tracelab.core.trace.Message;
import org.tracelab.core.trace.RunInfo;
import org.tracelab.core.trace.RunStatus;
import org.tracelab.core.trace.Strategy;
import org.tracelab.core.trace.TaskRecord;
import org.tracelab.core.verify.InstructionVerdict;
import org.tracelab.core.verify.LooseVariant;
import org.tracelab.core.verify.constraint.ConstraintLevel;

/** Soft instructions, composer provenance and the task-file format survive the store, and soft never decides. */
class SoftLevelsStoreTest {

    @TempDir
    Path dir;

    private static final TaskRecord TASK = new TaskRecord(
            "faq-7",
            "How do I export my data?",
            List.of("rule:contains", "rule:not_contains"),
            List.of(SampleTraces.json("{\"phrases\":[\"settings\"]}"), SampleTraces.json("{\"phrases\":[\"sorry\"]}")),
            List.of(),
            List.of(ConstraintLevel.HARD, ConstraintLevel.SOFT),
            SampleTraces.json("{\"pool\":\"pool.txt\",\"pool_line\":3,\"seed\":7}"));

    private static Attempt attempt(boolean hardFollowed, boolean softFollowed) {
        return new Attempt(
                0,
                null,
                Strategy.DIRECT,
                List.of(new Message("user", TASK.prompt())),
                "Sorry: Settings.",
                "stop",
                null,
                null,
                10L,
                null,
                SampleTraces.T0,
                List.of(
                        verdict(0, "rule:contains", hardFollowed, ConstraintLevel.HARD),
                        verdict(1, "rule:not_contains", softFollowed, ConstraintLevel.SOFT)),
                List.of());
    }

    private static InstructionVerdict verdict(int index, String id, boolean followed, ConstraintLevel level) {
        return new InstructionVerdict(
                index,
                id,
                followed,
                followed,
                followed ? LooseVariant.AS_GIVEN : null,
                List.of(),
                "illustrative",
                level);
    }

    @Test
    void aChainWhoseOnlyBrokenInstructionIsSoftPassesAndEverythingReadsBack() {
        RunInfo info = new RunInfo(
                "spec",
                Instant.parse("2025-03-01T10:00:00Z"),
                null,
                RunStatus.RUNNING,
                SampleTraces.model(),
                new DatasetDescription("spec.jsonl", "c".repeat(64), 1, "wasmagent_taskspec"),
                List.of("direct"),
                List.of(42L),
                1,
                "tracelab-ifeval/1+punkt",
                null);
        try (TraceStore store = TraceStore.open(dir.resolve("t.db"));
                TraceReader reader = store.openReader()) {
            TraceWriter writer = store.writer();
            long run = writer.createRun(info);
            writer.putTask(run, TASK);
            ChainHandle chain = writer.beginChain(new ChainKey(run, TASK.datasetKey(), "direct", 42L, 0));
            long attemptId = writer.appendAttempt(chain, attempt(true, false));
            writer.finishChain(chain, 0);
            writer.commit();

            assertThat(reader.run(run).orElseThrow().info().dataset().format()).isEqualTo("wasmagent_taskspec");
            assertThat(reader.task(run, "faq-7")).contains(TASK);
            var summary = reader.chain(chain.chainId()).orElseThrow();
            assertThat(summary.finalStrict()).isTrue();
            assertThat(summary.finalLoose()).isTrue();
            assertThat(reader.attempts(chain.chainId()).get(0).attempt()).isEqualTo(attempt(true, false));

            // Re-verified with the hard instruction broken, the chain fails; the soft verdict alone never decides.
            writer.replaceVerdicts(attemptId, attempt(false, true).verdicts());
            writer.commit();
            assertThat(reader.chain(chain.chainId()).orElseThrow().finalStrict())
                    .isFalse();
            writer.replaceVerdicts(attemptId, attempt(true, false).verdicts());
            writer.commit();
            assertThat(reader.chain(chain.chainId()).orElseThrow().finalStrict())
                    .isTrue();
        }
    }

    @Test
    void tasksWithoutSoftInstructionsOrProvenanceStoreNothingExtra() {
        try (TraceStore store = TraceStore.open(dir.resolve("plain.db"));
                TraceReader reader = store.openReader()) {
            TraceWriter writer = store.writer();
            long run = writer.createRun(SampleTraces.run("plain"));
            writer.putTask(run, SampleTraces.task("1"));
            writer.commit();
            TaskRecord read = reader.task(run, "1").orElseThrow();
            assertThat(read.levels()).containsOnly(ConstraintLevel.HARD);
            assertThat(read.provenance()).isNull();
            assertThat(reader.run(run).orElseThrow().info().dataset().format()).isNull();
        }
    }
}
