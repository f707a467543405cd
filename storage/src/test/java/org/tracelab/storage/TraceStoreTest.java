package org.tracelab.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracelab.core.record.ComplianceEvalRecord;
import org.tracelab.core.testing.SampleTraces;
import org.tracelab.core.trace.Attempt;
import org.tracelab.core.trace.ChainKey;
import org.tracelab.core.trace.ChainStatus;
import org.tracelab.core.trace.Message;
import org.tracelab.core.trace.RunStatus;
import org.tracelab.core.trace.Strategy;
import org.tracelab.core.verify.InstructionVerdict;

class TraceStoreTest {

    @TempDir
    Path dir;

    @Test
    void newFileIsCreatedInWalModeAtTheCurrentSchemaVersion() throws Exception {
        Path file = dir.resolve("nested/traces.db");
        try (TraceStore store = TraceStore.open(file)) {
            assertThat(store.file()).exists();
        }
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = connection.createStatement()) {
            assertThat(scalar(statement, "PRAGMA journal_mode")).isEqualTo("wal");
            assertThat(scalar(statement, "PRAGMA user_version"))
                    .isEqualTo(String.valueOf(TraceStore.currentSchemaVersion()));
        }
    }

    @Test
    void runInfoReadsBackAsWritten() {
        try (TraceStore store = TraceStore.open(dir.resolve("t.db"))) {
            long id = store.writer().createRun(SampleTraces.run("r1"));
            store.writer().finishRun(id, RunStatus.FINISHED, SampleTraces.T0.plusSeconds(60));
            try (TraceReader reader = store.openReader()) {
                StoredRun run = reader.run(id).orElseThrow();
                assertThat(run.info().status()).isEqualTo(RunStatus.FINISHED);
                assertThat(run.info().finishedAt()).isEqualTo(SampleTraces.T0.plusSeconds(60));
                assertThat(run.info().model()).isEqualTo(SampleTraces.model());
                assertThat(run.info().seeds()).containsExactly(42L, 7L);
                assertThat(reader.runs()).extracting(StoredRun::id).containsExactly(id);
            }
        }
    }

    @Test
    void importedRecordsExportIdentical() {
        List<ComplianceEvalRecord> records = List.of(
                SampleTraces.record("1000", 42L),
                SampleTraces.record("1000", null),
                SampleTraces.unfinishedRecord("1001"));
        try (TraceStore store = TraceStore.open(dir.resolve("t.db"))) {
            long run = store.writer().inTransaction(w -> {
                long id = w.createRun(SampleTraces.run("sample"));
                records.forEach(r -> w.importRecord(id, r));
                return id;
            });
            List<ComplianceEvalRecord> exported = new ArrayList<>();
            try (TraceReader reader = store.openReader()) {
                reader.forEachRecord(run, exported::add);
            }
            assertThat(exported)
                    .extracting(ComplianceEvalRecord::withoutStoreIds)
                    .isEqualTo(records);
            assertThat(exported)
                    .allSatisfy(record -> assertThat(record.storeIds().run()).isEqualTo(run));
            assertThat(exported.get(0).storeIds().attempts()).hasSize(2).doesNotHaveDuplicates();
        }
    }

    @Test
    void requestsReferToThePromptAndEarlierOutputsAndReadBackWhole() throws Exception {
        Path file = dir.resolve("t.db");
        List<Attempt> written = List.of(
                SampleTraces.failingDirect("rain, soft rain"),
                SampleTraces.passingPatch("rain soft rain"),
                new Attempt(
                        2,
                        1,
                        Strategy.RETRY,
                        List.of(
                                new Message("system", ""),
                                new Message("user", SampleTraces.task("1").prompt()),
                                new Message("assistant", "rain soft rain"),
                                new Message("assistant", "rain, soft rain"),
                                new Message("user", "rain soft rain!")),
                        "",
                        null,
                        null,
                        null,
                        3L,
                        null,
                        SampleTraces.T0,
                        List.of(),
                        List.of()));
        long chainId;
        try (TraceStore store = TraceStore.open(file)) {
            TraceWriter writer = store.writer();
            long run = writer.createRun(SampleTraces.run("r"));
            writer.putTask(run, SampleTraces.task("1"));
            ChainHandle chain = writer.beginChain(new ChainKey(run, "1", "repair", 42L, 0));
            chainId = chain.chainId();
            writer.appendAttempt(chain, written.get(0));
            writer.commit();
            // A batch boundary in the chain: the writer reads what it needs back from the store.
            writer.appendAttempt(chain, written.get(1));
            writer.appendAttempt(chain, written.get(2));
            writer.finishChain(chain, 1);
            writer.commit();
            try (TraceReader reader = store.openReader()) {
                assertThat(reader.attempts(chainId))
                        .extracting(StoredAttempt::attempt)
                        .isEqualTo(written);
            }
        }
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement sql = connection.createStatement()) {
            assertThat(scalar(sql, "SELECT request_json FROM attempts WHERE idx = 1"))
                    .isEqualTo("[{\"role\":\"user\",\"from\":\"prompt\"},{\"role\":\"assistant\",\"from\":0},"
                            + "{\"role\":\"user\",\"content\":\"Remove the commas.\"}]");
            assertThat(scalar(sql, "SELECT request_json FROM attempts WHERE idx = 2"))
                    .isEqualTo("[{\"role\":\"system\",\"content\":\"\"},{\"role\":\"user\",\"from\":\"prompt\"},"
                            + "{\"role\":\"assistant\",\"from\":1},{\"role\":\"assistant\",\"from\":0},"
                            + "{\"role\":\"user\",\"content\":\"rain soft rain!\"}]");
            assertThatThrownBy(() -> sql.executeUpdate("UPDATE tasks SET prompt = 'changed'"))
                    .hasMessageContaining("never changes");
        }
    }

    @Test
    void readersSeeAChainOnlyOnceItsBatchCommits() {
        try (TraceStore store = TraceStore.open(dir.resolve("t.db"));
                TraceReader reader = store.openReader()) {
            TraceWriter writer = store.writer();
            long run = writer.createRun(SampleTraces.run("r"));
            writer.putTask(run, SampleTraces.task("1"));
            ChainHandle chain = writer.beginChain(new ChainKey(run, "1", "repair", 42L, 0));
            writer.appendAttempt(chain, SampleTraces.failingDirect("a, b"));
            writer.appendAttempt(chain, SampleTraces.passingPatch("a b"));
            writer.finishChain(chain, 1);

            assertThat(reader.chain(chain.chainId())).isEmpty();
            writer.commit();
            var stored = reader.chain(chain.chainId()).orElseThrow();
            assertThat(stored.status()).isEqualTo(ChainStatus.FINISHED);
            assertThat(stored.finalAttemptIndex()).isEqualTo(1);
            assertThat(stored.finalStrict()).isTrue();
            assertThat(reader.attempts(chain.chainId())).hasSize(2);
        }
    }

    @Test
    void failedImportLeavesNothingBehind() {
        try (TraceStore store = TraceStore.open(dir.resolve("t.db"))) {
            assertThatThrownBy(() -> store.writer().inTransaction(w -> {
                        long id = w.createRun(SampleTraces.run("half"));
                        w.importRecord(id, SampleTraces.record("1", 1L));
                        // Same chain key again: the whole import must go.
                        return w.importRecord(id, SampleTraces.record("1", 1L));
                    }))
                    .isInstanceOf(StoreException.class);
            try (TraceReader reader = store.openReader()) {
                assertThat(reader.runs()).isEmpty();
            }
        }
    }

    @Test
    void failedCallLeavesNoPartOfItselfInTheBatch() {
        try (TraceStore store = TraceStore.open(dir.resolve("t.db"))) {
            TraceWriter writer = store.writer();
            long run = writer.createRun(SampleTraces.run("r"));
            writer.putTask(run, SampleTraces.task("1"));
            ChainHandle chain = writer.beginChain(new ChainKey(run, "1", "direct", null, 0));
            assertThatThrownBy(() -> writer.appendAttempt(chain, SampleTraces.passingPatch("x")))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("expects attempt 0, got 1");
            assertThatThrownBy(() -> writer.addFlags(999, List.of("refusal"))).isInstanceOf(StoreException.class);
            long attempt = writer.appendAttempt(chain, SampleTraces.failingDirect("a, b"));
            writer.finishChain(chain, 0);
            writer.commit();
            try (TraceReader reader = store.openReader()) {
                assertThat(reader.attempts(chain.chainId()))
                        .extracting(StoredAttempt::id)
                        .containsExactly(attempt);
                assertThat(reader.chain(chain.chainId()).orElseThrow().finalStrict())
                        .isFalse();
            }
        }
    }

    @Test
    void replacingTheFinalAttemptsVerdictsUpdatesTheChainAndCountsChanges() {
        try (TraceStore store = TraceStore.open(dir.resolve("t.db"))) {
            TraceWriter writer = store.writer();
            long run = writer.createRun(SampleTraces.run("r"));
            writer.putTask(run, SampleTraces.task("1"));
            ChainHandle chain = writer.beginChain(new ChainKey(run, "1", "direct", 1L, 0));
            long attempt = writer.appendAttempt(chain, SampleTraces.failingDirect("a, b"));
            writer.finishChain(chain, 0);
            List<InstructionVerdict> now = SampleTraces.passingPatch("a b").verdicts();

            int changed = writer.replaceVerdicts(attempt, now);
            writer.setVerifierVersion(run, "tracelab-ifeval/2+punkt");
            writer.commit();

            assertThat(changed).isEqualTo(1);
            try (TraceReader reader = store.openReader()) {
                assertThat(reader.chain(chain.chainId()).orElseThrow().finalStrict())
                        .isTrue();
                assertThat(reader.attempts(chain.chainId()).get(0).attempt().verdicts())
                        .isEqualTo(now);
                assertThat(reader.run(run).orElseThrow().info().verifierVersion())
                        .isEqualTo("tracelab-ifeval/2+punkt");
            }
        }
    }

    @Test
    void aTaskKeyCannotBeReusedForDifferentContent() {
        try (TraceStore store = TraceStore.open(dir.resolve("t.db"))) {
            TraceWriter writer = store.writer();
            long run = writer.createRun(SampleTraces.run("r"));
            long first = writer.putTask(run, SampleTraces.task("1"));
            assertThat(writer.putTask(run, SampleTraces.task("1"))).isEqualTo(first);
            var other = new org.tracelab.core.trace.TaskRecord("1", "another prompt", List.of(), List.of(), List.of());
            assertThatThrownBy(() -> writer.putTask(run, other))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("different task with key 1");
        }
    }

    @Test
    void batchesCommitOnTheirOwnAfterTheMaximumDelay() throws Exception {
        WriterSettings settings = new WriterSettings(1_000_000, java.time.Duration.ofMillis(50));
        try (TraceStore store = TraceStore.open(dir.resolve("t.db"), settings);
                TraceReader reader = store.openReader()) {
            long run = store.writer().createRun(SampleTraces.run("r"));
            long deadline = System.nanoTime() + 5_000_000_000L;
            while (reader.run(run).isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertThat(reader.run(run)).isPresent();
        }
    }

    @Test
    void closedStoreRefusesWrites() {
        TraceStore store = TraceStore.open(dir.resolve("t.db"));
        store.close();
        assertThatThrownBy(() -> store.writer().createRun(SampleTraces.run("late")))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("closed");
    }

    static String scalar(Statement statement, String sql) throws Exception {
        try (ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getString(1);
        }
    }
}
