package org.tracelab.app.service.imports;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.tracelab.app.service.store.OpenStore;
import org.tracelab.core.dataset.IfevalTask;
import org.tracelab.core.flags.GamingDetector;
import org.tracelab.core.importing.AttemptFlagger;
import org.tracelab.core.importing.IfevalResponsesImporter;
import org.tracelab.core.importing.ImportContext;
import org.tracelab.core.importing.ImportFormat;
import org.tracelab.core.importing.ImportedRun;
import org.tracelab.core.importing.LmEvalImporter;
import org.tracelab.core.importing.WasmAgentImporter;
import org.tracelab.core.record.ComplianceEvalRecord;
import org.tracelab.core.record.ComplianceEvalRecordReader;
import org.tracelab.core.verify.Verifier;
import org.tracelab.storage.RecordImport;

/**
 * Imports trace files into the store, for {@code tracelab import} and the desktop app's import alike. Each file
 * is read, re-verified and flagged completely before anything is written, then stored in one transaction: all of
 * a file or nothing. Bad lines throw {@link org.tracelab.core.io.InputProblemException} with every problem found.
 */
public final class ImportService {

    /** What one file became. */
    public record ImportedFile(Path file, List<Long> runIds, int chains) {
    }

    private final OpenStore store;
    private final ImportContext context;

    public ImportService(OpenStore store, Verifier verifier, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.context = new ImportContext(verifier, flagger(), clock);
    }

    /** {@code prompts} is needed by the formats whose files carry no instruction lists (else may be empty). */
    public ImportedFile importFile(ImportFormat format, Path file, List<IfevalTask> prompts) {
        return switch (format) {
            case WASMAGENT -> stored(file, new WasmAgentImporter(context).read(file, prompts));
            case IFEVAL_RESPONSES -> stored(file, new IfevalResponsesImporter(context).read(file, prompts));
            case LM_EVAL -> stored(file, new LmEvalImporter(context).read(file));
            case RECORDS -> storeRecords(file, ComplianceEvalRecordReader.readAll(file));
        };
    }

    /**
     * The one way imported outputs are flagged: imported files keep only final texts, so there is no predecessor to
     * compare with and no finish reason.
     */
    static AttemptFlagger flagger() {
        GamingDetector gaming = new GamingDetector();
        return (task, output) -> gaming.detect(task, output, null, false);
    }

    private ImportedFile stored(Path file, ImportedRun run) {
        ImportedRunWriter.Written written = ImportedRunWriter.write(store.writer(), run);
        return new ImportedFile(file, List.of(written.runId()), written.chains());
    }

    /** Tracelab's own records: one run per run of origin in the file, verdicts as recorded. */
    private ImportedFile storeRecords(Path file, List<ComplianceEvalRecord> records) {
        List<Long> runIds = RecordImport.store(store.writer(), records, context.clock().instant(),
                "imported from " + file.getFileName());
        return new ImportedFile(file, runIds, records.size());
    }
}
