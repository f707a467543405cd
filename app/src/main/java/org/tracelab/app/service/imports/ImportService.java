package org.tracelab.app.service.imports;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import org.tracelab.core.record.RecordRun;
import org.tracelab.core.trace.ChainKey;
import org.tracelab.core.trace.RunInfo;
import org.tracelab.core.trace.RunStatus;
import org.tracelab.storage.ChainHandle;
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

    /** Tracelab's own records: one run per distinct run description in the file, verdicts as recorded. */
    private ImportedFile storeRecords(Path file, List<ComplianceEvalRecord> records) {
        Map<RecordRun, List<ComplianceEvalRecord>> byRun = new LinkedHashMap<>();
        records.forEach(r -> byRun.computeIfAbsent(r.run(), k -> new ArrayList<>()).add(r));
        return writer.inTransaction(w -> {
            List<Long> runIds = new ArrayList<>();
            for (Map.Entry<RecordRun, List<ComplianceEvalRecord>> entry : byRun.entrySet()) {
                long runId = w.createRun(runInfo(file, entry.getKey(), entry.getValue()));
                entry.getValue().forEach(record -> w.importRecord(runId, record));
                runIds.add(runId);
            }
            return new ImportedFile(file, runIds, records.size());
        });
    }

    private RunInfo runInfo(Path file, RecordRun run, List<ComplianceEvalRecord> records) {
        Set<String> modes = new LinkedHashSet<>();
        Set<Long> seeds = new LinkedHashSet<>();
        int forks = 1;
        for (ComplianceEvalRecord record : records) {
            modes.add(record.mode());
            if (record.seed() != null) {
                seeds.add(record.seed());
            }
            forks = Math.max(forks, record.fork() + 1);
        }
        return new RunInfo(run.name(), context.clock().instant(), context.clock().instant(), RunStatus.FINISHED,
                run.model(), run.dataset(), List.copyOf(modes), List.copyOf(seeds), forks, run.verifierVersion(),
                "imported from " + file.toAbsolutePath());
    }
}
