package org.tracelab.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracelab.core.testing.SampleTraces;
import org.tracelab.core.trace.ChainKey;
import org.tracelab.core.trace.Curation;
import org.tracelab.core.trace.CurationState;
import org.tracelab.core.trace.CurationTarget;
import org.tracelab.core.trace.SourceVerdict;
import org.tracelab.storage.query.ChainQuery;
import org.tracelab.storage.query.PageRequest;

class RunManagementTest {

    @TempDir
    Path dir;

    /** The store's bytes: the file and its write-ahead log (where committed pages wait for a checkpoint). */
    private static long bytes(Path file) throws java.io.IOException {
        Path wal = file.resolveSibling(file.getFileName() + "-wal");
        return Files.size(file) + (Files.exists(wal) ? Files.size(wal) : 0);
    }

    @Test
    void renamesAndAnnotatesARun() {
        try (TraceStore store = TraceStore.open(dir.resolve("t.db"))) {
            long run = store.writer().createRun(SampleTraces.run("before"));
            store.writer().renameRun(run, "after");
            store.writer().setRunNotes(run, "seed 7 used the long prompt");
            try (TraceReader reader = store.openReader()) {
                assertThat(reader.run(run).orElseThrow().info().name()).isEqualTo("after");
                assertThat(reader.run(run).orElseThrow().info().notes()).isEqualTo("seed 7 used the long prompt");
            }
            store.writer().setRunNotes(run, "  ");
            try (TraceReader reader = store.openReader()) {
                assertThat(reader.run(run).orElseThrow().info().notes()).isNull();
            }
            assertThatThrownBy(() -> store.writer().renameRun(run + 5, "x"))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("run " + (run + 5));
        }
    }

    @Test
    void deletingARunRemovesEverythingOfItAndNothingElseAndReclaimingShrinksTheFile() throws Exception {
        Path file = dir.resolve("t.db");
        long kept;
        long deleted;
        try (TraceStore store = TraceStore.open(file)) {
            TraceWriter writer = store.writer();
            kept = writer.createRun(SampleTraces.run("kept"));
            deleted = writer.createRun(SampleTraces.run("deleted"));
            for (long run : List.of(kept, deleted)) {
                int tasks = run == deleted ? 400 : 3;
                for (int t = 0; t < tasks; t++) {
                    writer.putTask(run, SampleTraces.task(Integer.toString(t)));
                    ChainHandle chain = writer.beginChain(new ChainKey(run, Integer.toString(t), "repair", 42L, 0));
                    long first = writer.appendAttempt(
                            chain, SampleTraces.failingDirect("rain, soft rain " + "x".repeat(2000)));
                    long second = writer.appendAttempt(chain, SampleTraces.passingPatch("rain soft rain " + t));
                    writer.finishChain(chain, 1);
                    writer.setSourceVerdict(chain.chainId(), new SourceVerdict("wasmagent", true, null));
                    writer.curate(
                            new CurationTarget.PairTarget(second, first), new Curation(CurationState.INCLUDED, "ok"));
                }
            }
            writer.recordRunSource(deleted, "wasmagent", "runs.jsonl", "d".repeat(64));
            writer.commit();
            long before = bytes(file);
            try (TraceReader reader = store.openReader()) {
                assertThat(reader.runSize(deleted)).containsExactly(400, 800);
                assertThat(reader.runsImportedFrom("wasmagent", "d".repeat(64))).containsExactly(deleted);
                assertThat(reader.runsImportedFrom("lm_eval", "d".repeat(64))).isEmpty();
            }

            writer.deleteRun(deleted);
            store.reclaimSpace();

            try (TraceReader reader = store.openReader()) {
                assertThat(reader.runs()).extracting(StoredRun::id).containsExactly(kept);
                assertThat(reader.runSize(kept)).containsExactly(3, 6);
                assertThat(reader.runSize(deleted)).containsExactly(0, 0);
                assertThat(reader.runsImportedFrom("wasmagent", "d".repeat(64))).isEmpty();
                assertThat(reader.chains(ChainQuery.all().withFullText("soft"), PageRequest.first(100))
                                .rows())
                        .extracting(row -> row.runId())
                        .containsOnly(kept)
                        .hasSize(3);
            }
            assertThat(bytes(file))
                    .as("the file gives the deleted run's pages back")
                    .isLessThan(before / 4);
        }
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = connection.createStatement()) {
            for (String table : List.of(
                    "tasks",
                    "chains",
                    "source_verdicts",
                    "pair_curation",
                    "verdicts",
                    "attempt_flags",
                    "chain_final_verdicts",
                    "task_instructions")) {
                assertThat(TraceStoreTest.scalar(statement, "SELECT count(*) FROM " + table))
                        .as(table)
                        .isEqualTo(String.valueOf(
                                switch (table) {
                                    case "tasks", "chains", "source_verdicts", "pair_curation" -> 3;
                                    case "verdicts" -> 12;
                                    case "attempt_flags" -> 3;
                                    case "chain_final_verdicts", "task_instructions" -> 6;
                                    default -> -1;
                                }));
            }
            assertThat(TraceStoreTest.scalar(statement, "PRAGMA foreign_key_check"))
                    .isNull();
        }
    }
}
