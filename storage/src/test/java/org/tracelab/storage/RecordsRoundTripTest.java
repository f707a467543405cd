package org.tracelab.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracelab.core.export.ExportListener;
import org.tracelab.core.export.RecordsExporter;
import org.tracelab.core.record.ComplianceEvalRecord;
import org.tracelab.core.record.ComplianceEvalRecordReader;
import org.tracelab.core.testing.SampleTraces;
import org.tracelab.core.trace.Curation;
import org.tracelab.core.trace.CurationState;
import org.tracelab.core.trace.CurationTarget;

/** Records exported from a store, imported into an empty one and exported again come out the same. */
class RecordsRoundTripTest {

    private static final Instant NOW = Instant.parse("2025-06-01T12:00:00Z");

    @TempDir
    Path dir;

    /** Two runs with the same description (kept apart by their ids) and a third; curation on one chain. */
    private Path sourceStore() {
        Path file = dir.resolve("source.db");
        try (TraceStore store = TraceStore.open(file)) {
            store.writer().inTransaction(w -> {
                for (String name : List.of("sample", "sample", "other")) {
                    long run = w.createRun(SampleTraces.run(name));
                    w.importRecord(run, SampleTraces.record("1000", 42L));
                    w.importRecord(run, SampleTraces.record("1000", null));
                    long chain = w.importRecord(run, SampleTraces.unfinishedRecord("1001"));
                    w.curate(new CurationTarget.ChainTarget(chain), new Curation(CurationState.EXCLUDED, "off"));
                }
                return null;
            });
        }
        return file;
    }

    private static List<String> export(Path store, Path out) throws Exception {
        try (TraceStore traceStore = TraceStore.open(store);
                TraceReader reader = traceStore.openReader()) {
            new RecordsExporter().export(out, StoredRecords.allRuns(reader), ExportListener.NONE);
        }
        return Files.readAllLines(out);
    }

    /** A line with the store-assigned ids taken out: what the round trip must keep byte for byte. */
    private static String withoutStoreIds(String line) {
        return line.replaceFirst(",\"storeIds\":\\{\"run\":\\d+,\"chain\":\\d+,\"attempts\":\\[[\\d,]*\\]\\}\\}$", "}");
    }

    @Test
    void importingAnExportIntoAnEmptyStoreAndExportingAgainGivesTheSameLinesApartFromIds() throws Exception {
        Path first = dir.resolve("first.jsonl");
        List<String> exported = export(sourceStore(), first);
        assertThat(exported).hasSize(9).allSatisfy(line -> assertThat(line).contains("\"storeIds\":{"));

        Path copy = dir.resolve("copy.db");
        try (TraceStore store = TraceStore.open(copy)) {
            List<Long> runs = RecordImport.store(
                    store.writer(), ComplianceEvalRecordReader.readAll(first), NOW, "imported from first.jsonl");
            assertThat(runs).hasSize(3);
        }
        List<String> again = export(copy, dir.resolve("again.jsonl"));

        assertThat(again).hasSameSizeAs(exported);
        assertThat(again.stream().map(RecordsRoundTripTest::withoutStoreIds).toList())
                .isEqualTo(exported.stream()
                        .map(RecordsRoundTripTest::withoutStoreIds)
                        .toList());
        assertThat(again.get(0)).isNotEqualTo(withoutStoreIds(again.get(0)));
    }

    @Test
    void importedRunsKeepTheirRunsModesSeedsAndForks() throws Exception {
        Path first = dir.resolve("first.jsonl");
        export(sourceStore(), first);
        try (TraceStore store = TraceStore.open(dir.resolve("copy.db"))) {
            RecordImport.store(store.writer(), ComplianceEvalRecordReader.readAll(first), NOW, "imported");
            try (TraceReader reader = store.openReader()) {
                assertThat(reader.runs())
                        .extracting(run -> run.info().name())
                        .containsExactly("sample", "sample", "other");
                var info = reader.runs().get(0).info();
                assertThat(info.modes()).containsExactly("repair", "direct");
                assertThat(info.seeds()).containsExactly(42L);
                assertThat(info.forks()).isEqualTo(3);
                List<ComplianceEvalRecord> records = new java.util.ArrayList<>();
                reader.forEachRecord(reader.runs().get(0).id(), records::add);
                assertThat(records.get(2).curation()).isEqualTo(new Curation(CurationState.EXCLUDED, "off"));
            }
        }
    }
}
