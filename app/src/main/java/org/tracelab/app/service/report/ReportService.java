package org.tracelab.app.service.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tracelab.storage.StoredRun;
import org.tracelab.storage.TraceReader;
import org.tracelab.storage.query.ChainQuery;
import org.tracelab.storage.query.ChainSummary;
import org.tracelab.storage.query.ModeAggregate;
import org.tracelab.storage.query.PageRequest;

/** Per-run, per-mode figures from the store, computed in SQL over the chains' final verdicts. */
public final class ReportService {

    /**
     * One run with its per-mode aggregates and the first chains whose imported source verdict disagrees with
     * Tracelab's strict verdict (empty for runs without source verdicts).
     */
    public record RunReport(StoredRun run, List<ModeAggregate> modes, List<ChainSummary> disagreements) {
    }

    /** How many disagreeing chains a report lists; the per-mode counts are always complete. */
    public static final int DISAGREEMENTS_LISTED = 50;

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
            List<ChainSummary> disagreements = reader.chains(
                    ChainQuery.all().withRuns(run.id()).withSourceAgreement(false),
                    PageRequest.first(DISAGREEMENTS_LISTED)).rows();
            reports.add(new RunReport(run, reader.aggregates(run.id()), disagreements));
        }
        return Optional.of(reports);
    }
}
