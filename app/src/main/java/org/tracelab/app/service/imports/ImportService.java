package org.tracelab.app.service.imports;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
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
    public record ImportedFile(Path file, List<Long> runIds, int chains) {}

    private final OpenStore store;
    private final ImportContext context;

    public ImportService(OpenStore store, Verifier verifier, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.context = new ImportContext(verifier, flagger(), clock);
    }

    /**
     * {@code prompts} is needed by the formats whose files carry no instruction lists (else may be empty). The
     * file's format and SHA-256 digest are kept with the runs it became, so a second import of it can be noticed
     * ({@link #runsImportedFrom}).
     */
    public ImportedFile importFile(ImportFormat format, Path file, List<IfevalTask> prompts) {
        ImportedFile imported = switch (format) {
            case WASMAGENT -> stored(file, new WasmAgentImporter(context).read(file, prompts));
            case IFEVAL_RESPONSES -> stored(file, new IfevalResponsesImporter(context).read(file, prompts));
            case LM_EVAL -> stored(file, new LmEvalImporter(context).read(file));
            case RECORDS -> storeRecords(file, ComplianceEvalRecordReader.readAll(file));
        };
        String digest = FileDigest.sha256(file); // after the read: a bad file is reported by its importer
        imported.runIds()
                .forEach(runId -> store.writer()
                        .recordRunSource(
                                runId, formatName(format), file.getFileName().toString(), digest));
        store.writer().commit();
        return imported;
    }

    /** The runs already imported from a file with the same bytes in the same format, oldest first. */
    public static List<Long> runsImportedFrom(OpenStore store, ImportFormat format, Path file) {
        String digest = FileDigest.sha256(file);
        return store.read(reader -> reader.runsImportedFrom(formatName(format), digest));
    }

    private static String formatName(ImportFormat format) {
        return format.name().toLowerCase(Locale.ROOT);
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
        List<Long> runIds = RecordImport.store(
                store.writer(), records, context.clock().instant(), "imported from " + file.getFileName());
        return new ImportedFile(file, runIds, records.size());
    }
}
