package org.tracelab.app.service.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.tracelab.app.service.store.OpenStore;
import org.tracelab.core.stats.ClusteredInterval;
import org.tracelab.core.stats.ResultsTable;
import org.tracelab.storage.StoredRun;
import org.tracelab.storage.TraceReader;
import org.tracelab.storage.query.ChainQuery;
import org.tracelab.storage.query.ChainSummary;
import org.tracelab.storage.query.ModeAggregate;
import org.tracelab.storage.query.PageRequest;

/**
 * The figures of stored runs, for every front end: {@link #summaries} from SQL alone (cheap, for listing many runs)
 * and {@link #report} with everything, computed in a single pass over the run's records that holds one chain in
 * memory at a time. Verdicts are the verifier's raw ones; flags never change a rate.
 */
public final class ReportService {

    /** How many disagreeing chains a summary lists; the per-mode counts are always complete. */
    public static final int DISAGREEMENTS_LISTED = 50;

    private final OpenStore store;

    public ReportService(OpenStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /** Every run's summary, or only run {@code runId}'s (null: every run); empty when that run does not exist. */
    public Optional<List<RunSummary>> summaries(Long runId) {
        return store.read(reader -> {
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
            List<RunSummary> summaries = new ArrayList<>();
            runs.forEach(run -> summaries.add(summary(reader, run)));
            return Optional.of(summaries);
        });
    }

    /** Run {@code runId}'s whole report, modes in the order the run was started with; empty when it does not exist. */
    public Optional<RunReport> report(long runId) {
        return report(runId, List.of());
    }

    /**
     * Run {@code runId}'s whole report with the modes of {@code modeOrder} first, in that order, and any others after
     * by name ({@code modeOrder} empty: the run's own order); empty when the run does not exist.
     */
    public Optional<RunReport> report(long runId, List<String> modeOrder) {
        return store.read(reader -> reader.run(runId).map(run -> {
            RunSummary summary = summary(reader, run);
            List<String> modes = Modes.ordered(
                    summary.modeNames(), modeOrder.isEmpty() ? run.info().modes() : modeOrder);
            InstructionTally instructions = new InstructionTally();
            RepairOutcomeCounter repairs = new RepairOutcomeCounter();
            UsageCounter usage = new UsageCounter();
            SourceRateCounter sources = new SourceRateCounter();
            ResultsTable statistics = new RunStatistics(reader).results(runId, modes, record -> {
                instructions.add(record);
                repairs.accept(record);
                usage.accept(record);
                sources.accept(record);
            });
            return new RunReport(
                    summary,
                    statistics,
                    instructions.rates(modes),
                    repairs.outcomes(modes),
                    usage.usage(modes),
                    sources.rates(modes));
        }));
    }

    /**
     * Run {@code runId}'s statistics from its per-(mode, task, seed) tallies counted in SQL, without reading a record:
     * rates with their spread over seeds and task-clustered intervals, paired mode comparisons, pass@k over forks and
     * power guidance, modes in the run's order; empty when the run does not exist. The repair-strategy table, tokens
     * and latency need the records ({@link #report}).
     */
    public Optional<ResultsTable> statistics(long runId) {
        return store.read(reader -> reader.run(runId)
                .map(run -> TallyTables.table(
                        reader.taskSeedTallies(runId, ""), run.info().modes())));
    }

    /**
     * Per mode (by name), the task-clustered 95 % interval of run {@code runId}'s prompt-level strict rate: the
     * interval {@link #statistics} prints, alone, so listing many runs stays quick. Empty map for an unknown run.
     */
    public Map<String, ClusteredInterval> promptStrictIntervals(long runId) {
        return store.read(reader -> TallyTables.promptStrictIntervals(reader.taskSeedTallies(runId, "")));
    }

    private static RunSummary summary(TraceReader reader, StoredRun run) {
        List<ChainSummary> disagreements = reader.chains(
                        ChainQuery.all().withRuns(run.id()).withSourceAgreement(false),
                        PageRequest.first(DISAGREEMENTS_LISTED))
                .rows();
        List<ModeAggregate> modes = reader.aggregates(run.id());
        return new RunSummary(
                run,
                modes,
                disagreements,
                RunCompletion.of(run.info(), modes, reader.faults(run.id()).size()));
    }

    /** How far run {@code runId} got; empty when it does not exist. Cheap: SQL aggregates and fault records only. */
    public Optional<RunCompletion> completion(long runId) {
        return store.read(reader -> reader.run(runId)
                .map(run -> RunCompletion.of(
                        run.info(),
                        reader.aggregates(runId),
                        reader.faults(runId).size())));
    }
}
