package org.tracelab.app.service.workspace;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tracelab.app.service.TaskProgress;
import org.tracelab.app.service.bench.BenchmarkLauncher;
import org.tracelab.app.service.bench.BenchmarkRequest;
import org.tracelab.app.service.bench.BenchmarkRun;
import org.tracelab.app.service.bench.ModelConnections;
import org.tracelab.app.service.compare.CompareService;
import org.tracelab.app.service.compare.ComparedSides;
import org.tracelab.app.service.compare.LocatedChain;
import org.tracelab.app.service.compare.TaskAnswers;
import org.tracelab.app.service.export.ExportService;
import org.tracelab.app.service.imports.ImportService;
import org.tracelab.app.service.imports.ImportService.ImportedFile;
import org.tracelab.app.service.pairs.CurationService;
import org.tracelab.app.service.pairs.MinedPair;
import org.tracelab.app.service.pairs.PairFilter;
import org.tracelab.app.service.pairs.PairService;
import org.tracelab.app.service.pairs.PairTexts;
import org.tracelab.app.service.report.GroupReport;
import org.tracelab.app.service.report.ReportService;
import org.tracelab.app.service.report.RunCompletion;
import org.tracelab.app.service.report.RunGroupService;
import org.tracelab.app.service.report.RunReport;
import org.tracelab.app.service.store.OpenStore;
import org.tracelab.app.service.store.RunService;
import org.tracelab.core.compare.CompareSide;
import org.tracelab.core.compare.RunComparison;
import org.tracelab.core.compare.TaskMatch;
import org.tracelab.core.dataset.IfevalPromptsReader;
import org.tracelab.core.dataset.IfevalTask;
import org.tracelab.core.dataset.TaskFile;
import org.tracelab.core.dataset.TaskFileReader;
import org.tracelab.core.export.ExportListener;
import org.tracelab.core.export.ExportPreview;
import org.tracelab.core.export.ExportResult;
import org.tracelab.core.export.RecordsExporter;
import org.tracelab.core.importing.ImportFormat;
import org.tracelab.core.model.ApiKey;
import org.tracelab.core.stats.Resampling;
import org.tracelab.core.trace.Curation;
import org.tracelab.core.trace.CurationTarget;
import org.tracelab.core.trace.RunInfo;
import org.tracelab.core.trace.TaskRecord;
import org.tracelab.core.verify.BuiltInConstraints;
import org.tracelab.core.verify.Verifier;
import org.tracelab.core.verify.Verifiers;
import org.tracelab.storage.StoredAttempt;
import org.tracelab.storage.StoredRun;
import org.tracelab.storage.StoredRunGroup;
import org.tracelab.storage.query.ChainPage;
import org.tracelab.storage.query.ChainQuery;
import org.tracelab.storage.query.ChainSummary;
import org.tracelab.storage.query.FacetCounts;
import org.tracelab.storage.query.PageRequest;

/**
 * The {@link Workspace} on an {@link OpenStore}: each method hands over to the service of its capability. The
 * explorer's many small reads use the calling thread's kept-open reader ({@link OpenStore#browse}).
 */
public final class StoreWorkspace implements Workspace {

    private final OpenStore store;
    private final Clock clock;
    private final ReportService reports;
    private final PairService pairs;
    private final CurationService curations;
    private final ExportService exports;
    private final CompareService comparisons;
    private final RunGroupService groups;
    private final RunService runs;

    public StoreWorkspace(OpenStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
        this.reports = new ReportService(store);
        this.pairs = new PairService(store);
        this.curations = new CurationService(store);
        this.exports = new ExportService(store, clock);
        this.comparisons = new CompareService(store);
        this.groups = new RunGroupService(store);
        this.runs = new RunService(store);
    }

    /** Opens (creating if missing) the store in {@code file}. */
    public static StoreWorkspace open(Path file) {
        return new StoreWorkspace(OpenStore.open(file), Clock.systemUTC());
    }

    @Override
    public Path storeFile() {
        return store.file();
    }

    @Override
    public List<StoredRun> runs() {
        return store.read(reader -> reader.runs());
    }

    @Override
    public Optional<RunReport> report(long runId) {
        return reports.report(runId);
    }

    @Override
    public Optional<RunCompletion> completion(long runId) {
        return reports.completion(runId);
    }

    @Override
    public List<IfevalTask> readPrompts(Path file) {
        return IfevalPromptsReader.read(file);
    }

    @Override
    public TaskFile readTaskFile(Path file) {
        return new TaskFileReader(BuiltInConstraints.registry()).read(file);
    }

    @Override
    public Verifier verifier(Path nltkData) {
        return Verifiers.create(nltkData);
    }

    @Override
    public ImportedFile importFile(ImportFormat format, Path file, List<IfevalTask> prompts, Verifier verifier) {
        return new ImportService(store, verifier, clock).importFile(format, file, prompts);
    }

    @Override
    public Optional<RunInfo> runInfo(long runId) {
        return store.read(reader -> reader.run(runId).map(StoredRun::info));
    }

    /** The run's verifier finds Punkt's data in the default folders ({@code $NLTK_DATA}, then {@code ~/nltk_data}). */
    @Override
    public BenchmarkRun benchmark(BenchmarkRequest request, Optional<ApiKey> apiKey, ModelConnections connections) {
        return new BenchmarkLauncher(store, connections, () -> Verifiers.create((Path) null), clock)
                .launch(request, apiKey);
    }

    @Override
    public ChainPage chains(ChainQuery query, PageRequest page) {
        return store.browse(reader -> reader.chains(query, page));
    }

    @Override
    public FacetCounts facets(ChainQuery query) {
        return store.browse(reader -> reader.facets(query));
    }

    @Override
    public List<StoredAttempt> attempts(long chainId) {
        return store.browse(reader -> reader.attempts(chainId));
    }

    @Override
    public Optional<TaskRecord> task(long runId, String datasetKey) {
        return store.browse(reader -> reader.task(runId, datasetKey));
    }

    @Override
    public List<MinedPair> pairs(PairFilter filter, TaskProgress progress) {
        return pairs.pairs(filter, progress);
    }

    @Override
    public PairTexts pairTexts(MinedPair pair) {
        return pairs.texts(pair);
    }

    @Override
    public void curate(CurationTarget target, Curation curation) {
        curations.curate(target, curation);
    }

    @Override
    public void curateAll(Map<CurationTarget, Curation> decisions) {
        curations.curateAll(decisions);
    }

    @Override
    public ExportPreview previewExport(ExportService.Request request, int lines, TaskProgress mining) {
        return exports.preview(request, lines, mining);
    }

    @Override
    public ExportResult export(ExportService.Request request, TaskProgress mining, ExportListener writing) {
        return exports.export(request, mining, writing);
    }

    @Override
    public ComparedSides compareSides(CompareSide a, CompareSide b) {
        return comparisons.sides(a, b);
    }

    @Override
    public TaskMatch compareFirstRows(ComparedSides sides) {
        return comparisons.firstRows(sides);
    }

    @Override
    public RunComparison compare(ComparedSides sides) {
        return comparisons.compare(sides, Resampling.DEFAULT);
    }

    @Override
    public TaskAnswers taskAnswers(ComparedSides sides, String taskKey) {
        return comparisons.answers(sides, taskKey);
    }

    @Override
    public List<ChainSummary> chainsOfTask(String datasetKey) {
        return comparisons.chainsOfTask(datasetKey);
    }

    @Override
    public Optional<LocatedChain> locateChain(ChainSummary chain) {
        return comparisons.chain(chain);
    }

    @Override
    public List<StoredRunGroup> runGroups() {
        return groups.groups();
    }

    @Override
    public StoredRunGroup createRunGroup(String name, List<Long> runIds) {
        return groups.create(name, runIds);
    }

    @Override
    public void deleteRunGroup(long groupId) {
        groups.delete(groupId);
    }

    @Override
    public GroupReport groupReport(List<Long> runIds) {
        return groups.report(runIds);
    }

    @Override
    public void renameRun(long runId, String name) {
        runs.rename(runId, name);
    }

    @Override
    public void setRunNotes(long runId, String notes) {
        runs.setNotes(runId, notes);
    }

    @Override
    public long[] runSize(long runId) {
        return runs.size(runId);
    }

    @Override
    public RunService.Deleted deleteRun(long runId, TaskProgress progress) {
        return runs.delete(runId, progress);
    }

    @Override
    public List<Long> runsImportedFrom(ImportFormat format, Path file) {
        return ImportService.runsImportedFrom(store, format, file);
    }

    @Override
    public ExportService.RecordsPreview previewRecords(Long runId, int lines) {
        return exports.previewRecords(runId, lines);
    }

    @Override
    public RecordsExporter.Result exportRecords(Long runId, Path out, ExportListener writing) {
        return exports.exportRecords(runId, out, writing);
    }

    @Override
    public void close() {
        store.close();
    }
}
