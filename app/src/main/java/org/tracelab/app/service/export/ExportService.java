package org.tracelab.app.service.export;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.tracelab.app.service.AppVersion;
import org.tracelab.app.service.TaskProgress;
import org.tracelab.app.service.pairs.PairMining;
import org.tracelab.app.service.pairs.RunTasks;
import org.tracelab.app.service.store.OpenStore;
import org.tracelab.core.dataset.OfficialIfeval;
import org.tracelab.core.dataset.TaskFormat;
import org.tracelab.core.export.DatasetExporter;
import org.tracelab.core.export.ExportExample;
import org.tracelab.core.export.ExportException;
import org.tracelab.core.export.ExportKind;
import org.tracelab.core.export.ExportListener;
import org.tracelab.core.export.ExportOptions;
import org.tracelab.core.export.ExportPreview;
import org.tracelab.core.export.ExportResult;
import org.tracelab.core.export.ExportRun;
import org.tracelab.core.export.ExportSource;
import org.tracelab.core.export.PreferencePair;
import org.tracelab.core.export.RecordsExporter;
import org.tracelab.core.export.TaskOrigins;
import org.tracelab.core.export.TrainingMaterial;
import org.tracelab.core.record.ComplianceEvalRecordWriter;
import org.tracelab.core.trace.Curation;
import org.tracelab.core.trace.CurationTarget;
import org.tracelab.core.trace.DatasetDescription;
import org.tracelab.storage.StoredRecords;
import org.tracelab.storage.StoredRun;
import org.tracelab.storage.TraceReader;
import org.tracelab.storage.query.ChainQuery;
import org.tracelab.storage.query.ChainSummary;
import org.tracelab.storage.query.PageRequest;

/**
 * Builds training datasets from stored runs: DPO pairs mined per task from the ranking of each (task, seed) (repair
 * pairs first), SFT and KTO examples from every answered attempt in rank order, each judged on its answer with
 * reasoning blocks removed ({@link TrainingMaterial}). Curation travels with each input (the pair's decision for DPO,
 * the chain's for SFT and KTO); the exporter drops what a person excluded and, when asked, keeps only what a person
 * included. Also writes the portable records of runs, one validated {@code ComplianceEvalRecord} per chain
 * ({@link #exportRecords}).
 */
public final class ExportService {

    /** What to export: a TRL dataset ({@link #export}) or the portable records ({@link #exportRecords}). */
    public enum Kind {
        DPO,
        SFT,
        KTO,
        RECORDS
    }

    /**
     * A records export decided but not written.
     *
     * @param chains     the records it would write, one per chain
     * @param firstLines its first lines, as written
     */
    public record RecordsPreview(long chains, int runs, List<String> firstLines) {

        public RecordsPreview {
            firstLines = List.copyOf(firstLines);
        }
    }

    /**
     * What to export.
     *
     * @param runId null for every run of the store
     */
    public record Request(Long runId, Kind kind, int maxPairsPerTask, ExportOptions options) {

        public Request {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(options, "options");
        }
    }

    private final OpenStore store;
    private final DatasetExporter exporter;
    private final String version;

    /** Files are stamped with {@link AppVersion#describe()} and {@code clock}'s time. */
    public ExportService(OpenStore store, Clock clock) {
        this(store, clock, AppVersion.describe());
    }

    /** @param version what the manifest and card name as the exporting tool */
    public ExportService(OpenStore store, Clock clock, String version) {
        this.store = Objects.requireNonNull(store, "store");
        this.exporter = new DatasetExporter(clock);
        this.version = Objects.requireNonNull(version, "version");
    }

    /**
     * Mines the inputs task by task ({@code mining} after each), then writes the files ({@code writing} after each
     * line). An exception thrown by either listener stops the export, and the exporter leaves no file behind.
     *
     * @throws ExportException when there is nothing to export or a file cannot be written (a message for a person)
     */
    public ExportResult export(Request request, TaskProgress mining, ExportListener writing) {
        return store.read(reader -> {
            List<StoredRun> runs = runs(reader, request.runId());
            TaskOrigins.Builder origins = new TaskOrigins.Builder();
            ExportKind kind = kind(reader, request, runs, mining, origins);
            return exporter.export(kind, request.options(), source(runs, origins.build()), writing);
        });
    }

    /** What {@link #export} would write, without writing: the first {@code lines} training lines and the counts. */
    public ExportPreview preview(Request request, int lines, TaskProgress mining) {
        return store.read(reader -> {
            List<StoredRun> runs = runs(reader, request.runId());
            TaskOrigins.Builder origins = new TaskOrigins.Builder();
            ExportKind kind = kind(reader, request, runs, mining, origins);
            return exporter.preview(kind, request.options(), source(runs, origins.build()), lines);
        });
    }

    /**
     * Writes the chains of run {@code runId} (every run when null) as portable records to {@code out}, each validated
     * before it is written; {@code writing} after each line. A record that fails validation, an I/O error or a
     * listener exception stops the export and leaves no file.
     *
     * @throws ExportException when there is nothing to export or the file cannot be written
     */
    public RecordsExporter.Result exportRecords(Long runId, Path out, ExportListener writing) {
        return store.read(reader -> new RecordsExporter()
                .export(
                        out,
                        new StoredRecords(
                                reader,
                                runs(reader, runId).stream().map(StoredRun::id).toList()),
                        writing));
    }

    /** What {@link #exportRecords} would write: the number of records and the first {@code lines} of them. */
    public RecordsPreview previewRecords(Long runId, int lines) {
        return store.read(reader -> {
            List<Long> runIds = runs(reader, runId).stream().map(StoredRun::id).toList();
            long chains = new StoredRecords(reader, runIds).count();
            List<String> first = new ArrayList<>();
            ChainQuery query = ChainQuery.all().withRuns(runIds.toArray(Long[]::new));
            for (ChainSummary chain :
                    reader.chains(query, PageRequest.first(Math.max(1, lines))).rows()) {
                if (first.size() < lines) {
                    reader.record(chain.chainId())
                            .map(ComplianceEvalRecordWriter::toJsonLine)
                            .ifPresent(first::add);
                }
            }
            return new RecordsPreview(chains, runIds.size(), first);
        });
    }

    private static List<StoredRun> runs(TraceReader reader, Long runId) {
        List<StoredRun> runs = runId == null
                ? reader.runs()
                : List.of(
                        reader.run(runId).orElseThrow(() -> new ExportException("no run " + runId + " in the store")));
        if (runs.isEmpty()) {
            throw new ExportException("the store has no runs to export");
        }
        return runs;
    }

    private static ExportKind kind(
            TraceReader reader,
            Request request,
            List<StoredRun> runs,
            TaskProgress mining,
            TaskOrigins.Builder origins) {
        if (request.kind() == Kind.RECORDS) {
            throw new IllegalArgumentException("records are no TRL dataset: export them with exportRecords");
        }
        RunTasks tasks = new RunTasks(reader);
        List<Long> runIds = runs.stream().map(StoredRun::id).toList();
        if (request.kind() == Kind.DPO) {
            PairMining miningPairs = new PairMining(request.maxPairsPerTask());
            Map<Long, Map<CurationTarget.PairTarget, Curation>> curations = new HashMap<>();
            runIds.forEach(id -> curations.put(id, reader.pairCurations(id)));
            List<PreferencePair> pairs = new ArrayList<>();
            tasks.forEach(tasks.tasks(runIds, Set.of()), mining, task -> {
                List<PreferencePair> mined = TrainingMaterial.pairs(
                        PairMining.rollouts(task), miningPairs.miner(), curations.get(task.runId()));
                if (!mined.isEmpty()) {
                    origins.add(task.runId(), task.task());
                }
                pairs.addAll(mined);
            });
            return ExportKind.dpo(pairs);
        }
        List<ExportExample> examples = new ArrayList<>();
        tasks.forEach(tasks.tasks(runIds, Set.of()), mining, task -> {
            List<ExportExample> mined = TrainingMaterial.examples(PairMining.rollouts(task));
            if (!mined.isEmpty()) {
                origins.add(task.runId(), task.task());
            }
            examples.addAll(mined);
        });
        return request.kind() == Kind.SFT ? ExportKind.sft(examples) : ExportKind.kto(examples);
    }

    private ExportSource source(List<StoredRun> runs, TaskOrigins origins) {
        List<ExportRun> exportRuns = runs.stream()
                .map(r -> new ExportRun(
                        r.id(),
                        r.info().name(),
                        r.info().model().name(),
                        r.info().verifierVersion(),
                        r.info().dataset().name(),
                        r.info().isIllustration()))
                .toList();
        boolean ifeval = runs.stream().anyMatch(r -> usesIfevalPrompts(r.info().dataset()));
        return new ExportSource(exportRuns, version, ifeval, origins);
    }

    /**
     * Whether a run's prompts are IFEval's own (training on them contaminates IFEval scores): the official
     * {@code input_data.jsonl} by its SHA-256, or an IFEval-format dataset named after IFEval or WasmAgent (whose
     * published samples are IFEval prompts). A WasmAgent task file (short shape, TaskSpec) holds the researcher's
     * own tasks.
     */
    static boolean usesIfevalPrompts(DatasetDescription dataset) {
        if (dataset.format() != null && !dataset.format().equals(TaskFormat.IFEVAL.wireName())) {
            return false;
        }
        return OfficialIfeval.looksLikeIfeval(dataset.name(), dataset.fileSha256())
                || dataset.name().toLowerCase(java.util.Locale.ROOT).contains("wasmagent");
    }
}
