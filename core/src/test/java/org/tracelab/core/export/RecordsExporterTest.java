package org.tracelab.core.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracelab.core.record.ComplianceEvalRecord;
import org.tracelab.core.record.ComplianceEvalRecordReader;
import org.tracelab.core.record.ComplianceEvalRecordWriter;
import org.tracelab.core.testing.SampleTraces;

class RecordsExporterTest {

    @TempDir
    Path dir;

    private static RecordsExporter.RecordSource source(List<ComplianceEvalRecord> records) {
        return new RecordsExporter.RecordSource() {
            @Override
            public long count() {
                return records.size();
            }

            @Override
            public void forEach(Consumer<ComplianceEvalRecord> sink) {
                records.forEach(sink);
            }
        };
    }

    /** Passes every Java check but breaks the schema: a mode must not be empty. */
    private static ComplianceEvalRecord invalid() {
        ComplianceEvalRecord r = SampleTraces.record("2", 42L);
        return ComplianceEvalRecord.of(
                r.run(),
                r.task(),
                "",
                r.seed(),
                r.fork(),
                r.attempts(),
                r.finalAttemptIndex(),
                r.finalStrict(),
                r.finalLoose(),
                r.sourceVerdict(),
                r.curation());
    }

    @Test
    void writesOneValidatedLinePerChainWithProgress() throws IOException {
        List<ComplianceEvalRecord> records =
                List.of(SampleTraces.record("1000", 42L), SampleTraces.unfinishedRecord("1001"));
        List<Long> progress = new ArrayList<>();
        Path out = dir.resolve("records.jsonl");

        RecordsExporter.Result result = new RecordsExporter()
                .export(out, source(records), (written, total) -> progress.add(written * 10 + total));

        assertThat(result.records()).isEqualTo(2);
        assertThat(Files.readAllLines(out))
                .containsExactly(
                        ComplianceEvalRecordWriter.toJsonLine(records.get(0)),
                        ComplianceEvalRecordWriter.toJsonLine(records.get(1)));
        assertThat(ComplianceEvalRecordReader.readAll(out)).isEqualTo(records);
        assertThat(progress).containsExactly(12L, 22L);
    }

    @Test
    void aRecordThatFailsValidationAbortsTheExportAndLeavesNothing() throws IOException {
        Path out = dir.resolve("records.jsonl");
        Files.writeString(out, "an earlier export\n");

        assertThatThrownBy(() -> new RecordsExporter()
                        .export(out, source(List.of(SampleTraces.record("1", 42L), invalid())), ExportListener.NONE))
                .isInstanceOf(ExportException.class)
                .hasMessageContaining("record 2 (task 2, mode , seed 42, fork 0) does not satisfy the record schema")
                .hasMessageContaining("mode");

        assertThat(Files.readString(out)).isEqualTo("an earlier export\n");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(out);
        }
    }

    @Test
    void anInterruptCancelsWithoutAFile() throws IOException {
        Path out = dir.resolve("records.jsonl");
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> new RecordsExporter()
                            .export(out, source(List.of(SampleTraces.record("1", 1L))), ExportListener.NONE))
                    .isInstanceOf(ExportCancelledException.class);
        } finally {
            Thread.interrupted();
        }
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void nothingToExportAndABadTargetAreClearErrors() {
        assertThatThrownBy(() ->
                        new RecordsExporter().export(dir.resolve("r.jsonl"), source(List.of()), ExportListener.NONE))
                .hasMessage("nothing to export: the selection has no chains");
        assertThatThrownBy(() -> new RecordsExporter()
                        .export(
                                dir.resolve("r.txt"),
                                source(List.of(SampleTraces.record("1", 1L))),
                                ExportListener.NONE))
                .hasMessageContaining("NAME.jsonl");
        assertThatThrownBy(() -> new RecordsExporter()
                        .export(
                                dir.resolve("missing/r.jsonl"),
                                source(List.of(SampleTraces.record("1", 1L))),
                                ExportListener.NONE))
                .hasMessageContaining("does not exist");
    }
}
