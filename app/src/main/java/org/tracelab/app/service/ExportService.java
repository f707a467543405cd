package org.tracelab.app.service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tracelab.core.export.AttemptRef;
import org.tracelab.core.export.DatasetExporter;
import org.tracelab.core.export.ExportException;
import org.tracelab.core.export.ExportExample;
import org.tracelab.core.export.ExportKind;
import org.tracelab.core.export.ExportListener;
import org.tracelab.core.export.ExportOptions;
import org.tracelab.core.export.ExportResult;
import org.tracelab.core.export.ExportRun;
import org.tracelab.core.export.ExportSource;
import org.tracelab.core.export.PairOrigin;
import org.tracelab.core.export.PreferencePair;
import org.tracelab.core.model.ReasoningFilter;
import org.tracelab.core.run.AttemptScore;
import org.tracelab.core.run.PairCandidate;
import org.tracelab.core.run.PairMiner;
import org.tracelab.core.run.PairableAttempt;
import org.tracelab.core.trace.Attempt;
import org.tracelab.core.trace.DatasetDescription;
import org.tracelab.core.trace.TaskRecord;
import org.tracelab.storage.StoredAttempt;
import org.tracelab.storage.StoredRun;
import org.tracelab.storage.TraceReader;
import org.tracelab.storage.query.ChainPage;
import org.tracelab.storage.query.ChainQuery;
import org.tracelab.storage.query.ChainSummary;
import org.tracelab.storage.query.PageRequest;

/**
 * Builds training datasets from stored runs: DPO pairs mined per task (repair pairs first), SFT and KTO
 * examples from every answered attempt, each judged on its answer with reasoning blocks removed.
 */
public final class ExportService {

    /** Which dataset to build. */
    public enum Kind { DPO, SFT, KTO }

    private static final int PAGE = 500;
    /** SHA-256 of the official IFEval input_data.jsonl and of WasmAgent's 50-prompt subset of it. */
    private static final Set<String> IFEVAL_SHA256 = Set.of(
            "67ffeee0fcb87c317c5b08a2de85557b4a7e96ada6178aa645b4954fe4b53d49",
            "038b9782ed9250f9ceac383a0507f9fb3f36ec169366818d058faa0991741a0d");
    private final TraceReader reader;
    private final DatasetExporter exporter;
    private final ReasoningFilter reasoning = ReasoningFilter.enabled();

    public ExportService(TraceReader reader, Clock clock) {
        this.reader = reader;
        this.exporter = new DatasetExporter(clock);
    }

    public ExportResult export(Long runId, Kind kind, int maxPairsPerTask, ExportOptions options, String version,
            ExportListener listener) {
        List<StoredRun> runs = runId == null ? reader.runs()
                : List.of(reader.run(runId).orElseThrow(() -> new ExportException("no run " + runId + " in the store")));
        if (runs.isEmpty()) {
            throw new ExportException("the store has no runs to export");
        }
        List<PreferencePair> pairs = new ArrayList<>();
        List<ExportExample> examples = new ArrayList<>();
        for (StoredRun run : runs) {
            for (Map.Entry<String, List<StoredAttempt>> task : attemptsByTask(run.id()).entrySet()) {
                TaskRecord record = reader.task(run.id(), task.getKey()).orElseThrow();
                if (kind == Kind.DPO) {
                    pairs.addAll(pairs(run.id(), record, task.getValue(), maxPairsPerTask));
                } else {
                    examples.addAll(examples(run.id(), record, task.getValue()));
                }
            }
        }
        ExportKind exportKind = switch (kind) {
            case DPO -> ExportKind.dpo(pairs);
            case SFT -> ExportKind.sft(examples);
            case KTO -> ExportKind.kto(examples);
        };
        List<ExportRun> exportRuns = runs.stream().map(r -> new ExportRun(r.id(), r.info().name(),
                r.info().model().name(), r.info().verifierVersion(), r.info().dataset().name())).toList();
        boolean ifeval = runs.stream().anyMatch(r -> usesIfevalPrompts(r.info().dataset()));
        return exporter.export(exportKind, options, new ExportSource(exportRuns, version, ifeval), listener);
    }

    /**
     * Whether a run's prompts are IFEval's own (training on them contaminates IFEval scores): the official
     * {@code input_data.jsonl} by its SHA-256, or a dataset named after IFEval.
     */
    static boolean usesIfevalPrompts(DatasetDescription dataset) {
        String name = dataset.name().toLowerCase(java.util.Locale.ROOT);
        return (dataset.fileSha256() != null && IFEVAL_SHA256.contains(dataset.fileSha256())) || name.contains("ifeval") || name.contains("input_data")
                || name.contains("wasmagent");
    }

    /** A run's answered attempts grouped by task, one page of chains at a time. */
    private Map<String, List<StoredAttempt>> attemptsByTask(long runId) {
        Map<String, List<StoredAttempt>> byTask = new LinkedHashMap<>();
        PageRequest page = PageRequest.first(PAGE);
        while (page != null) {
            ChainPage chains = reader.chains(ChainQuery.all().withRuns(runId), page);
            for (ChainSummary chain : chains.rows()) {
                for (StoredAttempt attempt : reader.attempts(chain.chainId())) {
                    if (attempt.attempt().error() == null && !attempt.attempt().verdicts().isEmpty()) {
                        byTask.computeIfAbsent(chain.datasetKey(), k -> new ArrayList<>()).add(attempt);
                    }
                }
            }
            page = chains.next();
        }
        return byTask;
    }

    private List<PreferencePair> pairs(long runId, TaskRecord task, List<StoredAttempt> attempts, int maxPerTask) {
        List<PairableAttempt> pairable = attempts.stream().map(a -> new PairableAttempt(a.id(), a.chainId(),
                a.attempt().index(), a.attempt().parentIndex(), reasoning.answerOf(a.attempt().output()),
                AttemptScore.of(a.attempt().verdicts()), a.attempt().flags())).toList();
        List<PreferencePair> pairs = new ArrayList<>();
        for (PairCandidate candidate : new PairMiner(maxPerTask).mine(pairable)) {
            PairableAttempt chosen = candidate.chosen();
            PairableAttempt rejected = candidate.rejected();
            pairs.add(new PreferencePair(task.datasetKey(), task.prompt(), null, chosen.text(), rejected.text(),
                    chosen.score().strictPassed() - rejected.score().strictPassed(), origin(candidate.kind()),
                    flags(chosen.flags(), task), flags(rejected.flags(), task),
                    new AttemptRef(runId, chosen.chainId(), chosen.attemptId()),
                    new AttemptRef(runId, rejected.chainId(), rejected.attemptId())));
        }
        return pairs;
    }

    private List<ExportExample> examples(long runId, TaskRecord task, List<StoredAttempt> attempts) {
        List<ExportExample> examples = new ArrayList<>();
        for (StoredAttempt stored : attempts) {
            Attempt attempt = stored.attempt();
            String answer = reasoning.answerOf(attempt.output());
            if (answer.isBlank()) {
                continue;
            }
            examples.add(new ExportExample(task.datasetKey(), task.prompt(), null, answer,
                    attempt.followsAllStrict(task.instructionIds().size()), flags(attempt.flags(), task),
                    new AttemptRef(runId, stored.chainId(), stored.id())));
        }
        return examples;
    }

    /** An attempt's flags plus its task's feasibility flags, which also concern the example. */
    private static Set<String> flags(List<String> attemptFlags, TaskRecord task) {
        Set<String> flags = new java.util.TreeSet<>(attemptFlags);
        flags.addAll(task.feasibilityFlags());
        return flags;
    }

    private static PairOrigin origin(PairCandidate.Kind kind) {
        return switch (kind) {
            case REPAIR -> PairOrigin.REPAIR;
            case CROSS_CHAIN -> PairOrigin.CROSS_CHAIN;
            case SAME_CHAIN -> PairOrigin.SAME_CHAIN;
        };
    }
}
