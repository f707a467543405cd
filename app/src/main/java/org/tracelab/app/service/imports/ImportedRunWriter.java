package org.tracelab.app.service.imports;

import org.tracelab.core.importing.ImportedChain;
import org.tracelab.core.importing.ImportedRun;
import org.tracelab.core.trace.ChainKey;
import org.tracelab.storage.ChainHandle;
import org.tracelab.storage.TraceWriter;

/** Stores a run read (and re-verified) from outside in one transaction: all of it or nothing. */
public final class ImportedRunWriter {

    /** What was stored. */
    public record Written(long runId, int chains, int attempts) {}

    private ImportedRunWriter() {}

    /** Creates the run, its tasks and its finished chains, with the source tool's verdicts where there are any. */
    public static Written write(TraceWriter writer, ImportedRun run) {
        return writer.inTransaction(w -> {
            long runId = w.createRun(run.info());
            int attempts = 0;
            for (ImportedChain chain : run.chains()) {
                w.putTask(runId, chain.task());
                ChainHandle handle = w.beginChain(
                        new ChainKey(runId, chain.task().datasetKey(), chain.mode(), chain.seed(), chain.fork()));
                chain.attempts().forEach(attempt -> w.appendAttempt(handle, attempt));
                w.finishChain(handle, chain.finalIndex());
                if (chain.source() != null) {
                    w.setSourceVerdict(handle.chainId(), chain.source());
                }
                attempts += chain.attempts().size();
            }
            return new Written(runId, run.chains().size(), attempts);
        });
    }
}
