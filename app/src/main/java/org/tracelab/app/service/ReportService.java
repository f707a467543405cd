package org.tracelab.app.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tracelab.storage.StoredRun;
import org.tracelab.storage.TraceReader;
import org.tracelab.storage.query.ModeAggregate;

/** Per-run, per-mode figures from the store, computed in SQL over the chains' final verdicts. */
public final class ReportService {

    /** One run with its per-mode aggregates. */
    public record RunReport(StoredRun run, List<ModeAggregate> modes) {
    }

    private final TraceReader reader;

    public ReportService(TraceReader reader) {
        this.reader = reader;
    }

    /** Every run, or only {@code runId}; empty when that run does not exist. */
    public Optional<List<RunReport>> report(Long runId) {
        List<StoredRun> runs;
        if (runId == null) {
            runs = reader.runs();
        } else {
            Optional<StoredRun> run = reader.run(runId);
            if (run.isEmpty()) {
                return Optional.empty();
            }
            runs = List.of(run.get());
        }
        List<RunReport> reports = new ArrayList<>();
        for (StoredRun run : runs) {
            reports.add(new RunReport(run, reader.aggregates(run.id())));
        }
        return Optional.of(reports);
    }
}
