package org.tracelab.app.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tracelab.app.service.TaskProgress;
import org.tracelab.app.service.bench.BenchmarkRequest;
import org.tracelab.app.service.bench.BenchmarkRun;
import org.tracelab.app.service.bench.ModelConnections;
import org.tracelab.app.service.compare.ComparedSides;
import org.tracelab.app.service.compare.LocatedChain;
import org.tracelab.app.service.compare.TaskAnswers;
import org.tracelab.app.service.export.ExportService;
import org.tracelab.app.service.imports.ImportService.ImportedFile;
import org.tracelab.app.service.pairs.MinedPair;
import org.tracelab.app.service.pairs.PairFilter;
import org.tracelab.app.service.pairs.PairTexts;
import org.tracelab.app.service.report.GroupReport;
import org.tracelab.app.service.report.RunCompletion;
import org.tracelab.app.service.report.RunReport;
import org.tracelab.app.service.workspace.StoreWorkspace;
import org.tracelab.app.service.workspace.Workspace;
import org.tracelab.app.service.workspace.WorkspaceOpener;
import org.tracelab.core.compare.CompareSide;
import org.tracelab.core.compare.RunComparison;
import org.tracelab.core.compare.TaskMatch;
import org.tracelab.core.dataset.IfevalTask;
import org.tracelab.core.dataset.TaskFile;
import org.tracelab.core.export.ExportListener;
import org.tracelab.core.export.ExportPreview;
import org.tracelab.core.export.ExportResult;
import org.tracelab.core.importing.ImportFormat;
import org.tracelab.core.model.ApiKey;
import org.tracelab.core.trace.Curation;
import org.tracelab.core.trace.CurationTarget;
import org.tracelab.core.trace.RunInfo;
import org.tracelab.core.trace.TaskRecord;
import org.tracelab.core.verify.Verifier;
import org.tracelab.storage.StoredAttempt;
import org.tracelab.storage.StoredRun;
import org.tracelab.storage.StoredRunGroup;
import org.tracelab.storage.query.ChainPage;
import org.tracelab.storage.query.ChainQuery;
import org.tracelab.storage.query.ChainSummary;
import org.tracelab.storage.query.FacetCounts;
import org.tracelab.storage.query.PageRequest;

/** The real workspace, with every call checked against the FX thread. */
public final class GuardedWorkspace implements Workspace {

    private final Workspace delegate;
    private final FxThreadGuard guard;

    public GuardedWorkspace(Workspace delegate, FxThreadGuard guard) {
        this.delegate = delegate;
        this.guard = guard;
    }

    /** Opens real stores, checking the open too. */
    public static WorkspaceOpener opener(FxThreadGuard guard) {
        return file -> {
            guard.check("open " + file);
            return new GuardedWorkspace(StoreWorkspace.open(file), guard);
        };
    }

    @Override
    public Path storeFile() {
        return delegate.storeFile();
    }

    @Override
    public List<StoredRun> runs() {
        guard.check("runs");
        return delegate.runs();
    }

    @Override
    public Optional<RunReport> report(long runId) {
        guard.check("report " + runId);
        return delegate.report(runId);
    }

    @Override
    public List<IfevalTask> readPrompts(Path file) {
        guard.check("readPrompts " + file);
        return delegate.readPrompts(file);
    }

    @Override
    public TaskFile readTaskFile(Path file) {
        guard.check("readTaskFile " + file);
        return delegate.readTaskFile(file);
    }

    @Override
    public Verifier verifier(Path nltkData) {
        guard.check("verifier");
        return delegate.verifier(nltkData);
    }

    @Override
    public ImportedFile importFile(ImportFormat format, Path file, List<IfevalTask> prompts, Verifier verifier) {
        guard.check("importFile " + file);
        return delegate.importFile(format, file, prompts, verifier);
    }

    @Override
    public Optional<RunInfo> runInfo(long runId) {
        guard.check("runInfo " + runId);
        return delegate.runInfo(runId);
    }

    @Override
    public Optional<RunCompletion> completion(long runId) {
        guard.check("completion " + runId);
        return delegate.completion(runId);
    }

    /** Not checked: making a run does no I/O; it runs in a job, where the model connections are checked. */
    @Override
    public BenchmarkRun benchmark(BenchmarkRequest request, Optional<ApiKey> apiKey, ModelConnections connections) {
        return delegate.benchmark(request, apiKey, connections);
    }

    @Override
    public List<MinedPair> pairs(PairFilter filter, TaskProgress progress) {
        guard.check("pairs " + filter);
        return delegate.pairs(filter, progress);
    }

    @Override
    public PairTexts pairTexts(MinedPair pair) {
        guard.check("pairTexts " + pair.target());
        return delegate.pairTexts(pair);
    }

    @Override
    public ChainPage chains(ChainQuery query, PageRequest page) {
        guard.check("chains");
        return delegate.chains(query, page);
    }

    @Override
    public FacetCounts facets(ChainQuery query) {
        guard.check("facets");
        return delegate.facets(query);
    }

    @Override
    public List<StoredAttempt> attempts(long chainId) {
        guard.check("attempts " + chainId);
        return delegate.attempts(chainId);
    }

    @Override
    public Optional<TaskRecord> task(long runId, String datasetKey) {
        guard.check("task " + runId + "/" + datasetKey);
        return delegate.task(runId, datasetKey);
    }

    @Override
    public void curate(CurationTarget target, Curation curation) {
        guard.check("curate " + target);
        delegate.curate(target, curation);
    }

    @Override
    public void curateAll(Map<CurationTarget, Curation> decisions) {
        guard.check("curateAll " + decisions.size());
        delegate.curateAll(decisions);
    }

    @Override
    public ExportPreview previewExport(ExportService.Request request, int lines, TaskProgress mining) {
        guard.check("previewExport");
        return delegate.previewExport(request, lines, mining);
    }

    @Override
    public ExportResult export(ExportService.Request request, TaskProgress mining, ExportListener writing) {
        guard.check("export " + request.options().out());
        return delegate.export(request, mining, writing);
    }

    @Override
    public void renameRun(long runId, String name) {
        guard.check("renameRun " + runId);
        delegate.renameRun(runId, name);
    }

    @Override
    public void setRunNotes(long runId, String notes) {
        guard.check("setRunNotes " + runId);
        delegate.setRunNotes(runId, notes);
    }

    @Override
    public long[] runSize(long runId) {
        guard.check("runSize " + runId);
        return delegate.runSize(runId);
    }

    @Override
    public org.tracelab.app.service.store.RunService.Deleted deleteRun(long runId, TaskProgress progress) {
        guard.check("deleteRun " + runId);
        return delegate.deleteRun(runId, progress);
    }

    @Override
    public List<Long> runsImportedFrom(ImportFormat format, Path file) {
        guard.check("runsImportedFrom " + file);
        return delegate.runsImportedFrom(format, file);
    }

    @Override
    public ExportService.RecordsPreview previewRecords(Long runId, int lines) {
        guard.check("previewRecords");
        return delegate.previewRecords(runId, lines);
    }

    @Override
    public org.tracelab.core.export.RecordsExporter.Result exportRecords(
            Long runId, java.nio.file.Path out, ExportListener writing) {
        guard.check("export records " + out);
        return delegate.exportRecords(runId, out, writing);
    }

    @Override
    public void close() {
        guard.check("close");
        delegate.close();
    }

    @Override
    public ComparedSides compareSides(CompareSide a, CompareSide b) {
        guard.check("compareSides");
        return delegate.compareSides(a, b);
    }

    @Override
    public TaskMatch compareFirstRows(ComparedSides sides) {
        guard.check("compareFirstRows");
        return delegate.compareFirstRows(sides);
    }

    @Override
    public RunComparison compare(ComparedSides sides) {
        guard.check("compare");
        return delegate.compare(sides);
    }

    @Override
    public TaskAnswers taskAnswers(ComparedSides sides, String taskKey) {
        guard.check("taskAnswers " + taskKey);
        return delegate.taskAnswers(sides, taskKey);
    }

    @Override
    public List<ChainSummary> chainsOfTask(String datasetKey) {
        guard.check("chainsOfTask " + datasetKey);
        return delegate.chainsOfTask(datasetKey);
    }

    @Override
    public Optional<LocatedChain> locateChain(ChainSummary chain) {
        guard.check("locateChain " + chain.chainId());
        return delegate.locateChain(chain);
    }

    @Override
    public List<StoredRunGroup> runGroups() {
        guard.check("runGroups");
        return delegate.runGroups();
    }

    @Override
    public StoredRunGroup createRunGroup(String name, List<Long> runIds) {
        guard.check("createRunGroup " + runIds);
        return delegate.createRunGroup(name, runIds);
    }

    @Override
    public void deleteRunGroup(long groupId) {
        guard.check("deleteRunGroup " + groupId);
        delegate.deleteRunGroup(groupId);
    }

    @Override
    public GroupReport groupReport(List<Long> runIds) {
        guard.check("groupReport " + runIds);
        return delegate.groupReport(runIds);
    }
}
