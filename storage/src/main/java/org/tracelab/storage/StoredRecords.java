package org.tracelab.storage;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.tracelab.core.export.RecordsExporter;
import org.tracelab.core.record.ComplianceEvalRecord;
import org.tracelab.storage.query.ChainQuery;

/**
 * The chains of some runs as portable records, for {@link RecordsExporter}: run by run in the order given, chains in
 * id order, one chain in memory at a time. Each record carries the ids this store gave it ({@code storeIds}).
 */
public final class StoredRecords implements RecordsExporter.RecordSource {

    private final TraceReader reader;
    private final List<Long> runIds;

    public StoredRecords(TraceReader reader, List<Long> runIds) {
        this.reader = Objects.requireNonNull(reader, "reader");
        this.runIds = List.copyOf(runIds);
    }

    /** Every run of the store, in id order. */
    public static StoredRecords allRuns(TraceReader reader) {
        return new StoredRecords(
                reader, reader.runs().stream().map(StoredRun::id).toList());
    }

    @Override
    public long count() {
        return runIds.isEmpty()
                ? 0
                : reader.facets(ChainQuery.all().withRuns(runIds.toArray(Long[]::new)))
                        .total();
    }

    @Override
    public void forEach(Consumer<ComplianceEvalRecord> sink) {
        runIds.forEach(runId -> reader.forEachRecord(runId, sink));
    }
}
