package org.tracelab.storage;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tracelab.core.record.ComplianceEvalRecord;
import org.tracelab.core.record.RecordRun;
import org.tracelab.core.trace.RunInfo;
import org.tracelab.core.trace.RunStatus;

/**
 * Stores portable records as runs, in one transaction: all of them or none. Records of one run of origin become
 * one run (by the run id their exporting store gave them, else by their run description), in first-seen order, so
 * exporting the imported runs again gives the same records in the same order, only with this store's ids. A run's
 * modes, seeds and forks are read off its records; verdicts are kept as recorded.
 */
public final class RecordImport {

    private RecordImport() {}

    /** Stores the records and returns the new run ids, one per run of origin. */
    public static List<Long> store(TraceWriter writer, List<ComplianceEvalRecord> records, Instant now, String notes) {
        Map<List<Object>, List<ComplianceEvalRecord>> byRun = new LinkedHashMap<>();
        for (ComplianceEvalRecord record : records) {
            Long origin = record.storeIds() == null ? null : record.storeIds().run();
            byRun.computeIfAbsent(Arrays.asList(origin, record.run()), key -> new ArrayList<>())
                    .add(record);
        }
        return writer.inTransaction(w -> {
            List<Long> runIds = new ArrayList<>();
            for (List<ComplianceEvalRecord> run : byRun.values()) {
                long runId = w.createRun(runInfo(run.get(0).run(), run, now, notes));
                run.forEach(record -> w.importRecord(runId, record));
                runIds.add(runId);
            }
            return runIds;
        });
    }

    private static RunInfo runInfo(RecordRun run, List<ComplianceEvalRecord> records, Instant now, String notes) {
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
        return new RunInfo(
                run.name(),
                now,
                now,
                RunStatus.FINISHED,
                run.model(),
                run.dataset(),
                List.copyOf(modes),
                List.copyOf(seeds),
                forks,
                run.verifierVersion(),
                notes);
    }
}
