package org.tracelab.app.service;

import java.nio.file.Path;
import java.util.List;
import org.tracelab.core.dataset.IfevalTask;
import org.tracelab.core.importing.IfevalResponsesImporter;
import org.tracelab.core.importing.ImportContext;
import org.tracelab.core.importing.ImportFormat;
import org.tracelab.core.importing.ImportedChain;
import org.tracelab.core.importing.ImportedRun;
import org.tracelab.core.importing.LmEvalImporter;
import org.tracelab.core.importing.WasmAgentImporter;
import org.tracelab.core.record.ComplianceEvalRecord;
import org.tracelab.core.record.ComplianceEvalRecordReader;
import org.tracelab.core.trace.ChainKey;
import org.tracelab.storage.ChainHandle;
import org.tracelab.storage.RecordImport;
import org.tracelab.storage.TraceWriter;

/**
 * Imports trace files into the store. Each file is read and re-verified completely before anything is
 * written, then stored in one transaction: all of a file or nothing.
 */
public final class ImportService {

    /** What one file became. */
    public record ImportedFile(Path file, List<Long> runIds, int chains) {
    }

    private final TraceWriter writer;
    private final ImportContext context;

    public ImportService(TraceWriter writer, ImportContext context) {
        this.writer = writer;
        this.context = context;
    }

    /** {@code prompts} is needed by the formats whose files carry no instruction lists (else may be null). */
    public ImportedFile importFile(ImportFormat format, Path file, List<IfevalTask> prompts) {
        return switch (format) {
            case WASMAGENT -> store(file, new WasmAgentImporter(context).read(file, prompts));
            case IFEVAL_RESPONSES -> store(file, new IfevalResponsesImporter(context).read(file, prompts));
            case LM_EVAL -> store(file, new LmEvalImporter(context).read(file));
            case RECORDS -> storeRecords(file, ComplianceEvalRecordReader.readAll(file));
        };
    }

    private ImportedFile store(Path file, ImportedRun run) {
        return writer.inTransaction(w -> {
            long runId = w.createRun(run.info());
            for (ImportedChain chain : run.chains()) {
                w.putTask(runId, chain.task());
                ChainHandle handle = w.beginChain(new ChainKey(runId, chain.task().datasetKey(), chain.mode(),
                        chain.seed(), chain.fork()));
                chain.attempts().forEach(attempt -> w.appendAttempt(handle, attempt));
                w.finishChain(handle, chain.finalIndex());
                if (chain.source() != null) {
                    w.setSourceVerdict(handle.chainId(), chain.source());
                }
            }
            return new ImportedFile(file, List.of(runId), run.chains().size());
        });
    }

    /** Tracelab's own records: one run per run of origin in the file, verdicts as recorded. */
    private ImportedFile storeRecords(Path file, List<ComplianceEvalRecord> records) {
        List<Long> runIds = RecordImport.store(writer, records, context.clock().instant(),
                "imported from " + file.getFileName());
        return new ImportedFile(file, runIds, records.size());
    }
}
