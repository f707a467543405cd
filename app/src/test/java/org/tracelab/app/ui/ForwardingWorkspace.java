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
import org.tracelab.app.service.workspace.Workspace;
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

/** A workspace that hands every call to another: tests override the calls they watch. */
public class ForwardingWorkspace implements Workspace {

    private final Workspace delegate;

    public ForwardingWorkspace(Workspace delegate) {
        this.delegate = delegate;
    }

    @Override
    public Path storeFile() {
        return delegate.storeFile();
    }

    @Override
    public List<StoredRun> runs() {
        return delegate.runs();
    }

    @Override
    public Optional<RunReport> report(long runId) {
        return delegate.report(runId);
    }

    @Override
    public List<IfevalTask> readPrompts(Path file) {
        return delegate.readPrompts(file);
    }

    @Override
    public TaskFile readTaskFile(Path file) {
        return delegate.readTaskFile(file);
    }

    @Override
    public Verifier verifier(Path nltkData) {
        return delegate.verifier(nltkData);
    }

    @Override
    public ImportedFile importFile(ImportFormat format, Path file, List<IfevalTask> prompts, Verifier verifier) {
        return delegate.importFile(format, file, prompts, verifier);
    }

    @Override
    public Optional<RunInfo> runInfo(long runId) {
        return delegate.runInfo(runId);
    }

    @Override
    public Optional<RunCompletion> completion(long runId) {
        return delegate.completion(runId);
    }

    @Override
    public BenchmarkRun benchmark(BenchmarkRequest request, Optional<ApiKey> apiKey, ModelConnections connections) {
        return delegate.benchmark(request, apiKey, connections);
    }

    @Override
    public ChainPage chains(ChainQuery query, PageRequest page) {
        return delegate.chains(query, page);
    }

    @Override
    public FacetCounts facets(ChainQuery query) {
        return delegate.facets(query);
    }

    @Override
    public List<StoredAttempt> attempts(long chainId) {
        return delegate.attempts(chainId);
    }

    @Override
    public Optional<TaskRecord> task(long runId, String datasetKey) {
        return delegate.task(runId, datasetKey);
    }

    @Override
    public List<MinedPair> pairs(PairFilter filter, TaskProgress progress) {
        return delegate.pairs(filter, progress);
    }

    @Override
    public PairTexts pairTexts(MinedPair pair) {
        return delegate.pairTexts(pair);
    }

    @Override
    public void curate(CurationTarget target, Curation curation) {
        delegate.curate(target, curation);
    }

    @Override
    public void curateAll(Map<CurationTarget, Curation> decisions) {
        delegate.curateAll(decisions);
    }

    @Override
    public ExportPreview previewExport(ExportService.Request request, int lines, TaskProgress mining) {
        return delegate.previewExport(request, lines, mining);
    }

    @Override
    public ExportResult export(ExportService.Request request, TaskProgress mining, ExportListener writing) {
        return delegate.export(request, mining, writing);
    }

    @Override
    public void renameRun(long runId, String name) {
        delegate.renameRun(runId, name);
    }

    @Override
    public void setRunNotes(long runId, String notes) {
        delegate.setRunNotes(runId, notes);
    }

    @Override
    public long[] runSize(long runId) {
        return delegate.runSize(runId);
    }

    @Override
    public org.tracelab.app.service.store.RunService.Deleted deleteRun(long runId, TaskProgress progress) {
        return delegate.deleteRun(runId, progress);
    }

    @Override
    public List<Long> runsImportedFrom(ImportFormat format, Path file) {
        return delegate.runsImportedFrom(format, file);
    }

    @Override
    public ExportService.RecordsPreview previewRecords(Long runId, int lines) {
        return delegate.previewRecords(runId, lines);
    }

    @Override
    public org.tracelab.core.export.RecordsExporter.Result exportRecords(
            Long runId, java.nio.file.Path out, ExportListener writing) {
        return delegate.exportRecords(runId, out, writing);
    }

    @Override
    public void close() {
        delegate.close();
    }

    @Override
    public ComparedSides compareSides(CompareSide a, CompareSide b) {
        return delegate.compareSides(a, b);
    }

    @Override
    public TaskMatch compareFirstRows(ComparedSides sides) {
        return delegate.compareFirstRows(sides);
    }

    @Override
    public RunComparison compare(ComparedSides sides) {
        return delegate.compare(sides);
    }

    @Override
    public TaskAnswers taskAnswers(ComparedSides sides, String taskKey) {
        return delegate.taskAnswers(sides, taskKey);
    }

    @Override
    public List<ChainSummary> chainsOfTask(String datasetKey) {
        return delegate.chainsOfTask(datasetKey);
    }

    @Override
    public Optional<LocatedChain> locateChain(ChainSummary chain) {
        return delegate.locateChain(chain);
    }

    @Override
    public List<StoredRunGroup> runGroups() {
        return delegate.runGroups();
    }

    @Override
    public StoredRunGroup createRunGroup(String name, List<Long> runIds) {
        return delegate.createRunGroup(name, runIds);
    }

    @Override
    public void deleteRunGroup(long groupId) {
        delegate.deleteRunGroup(groupId);
    }

    @Override
    public GroupReport groupReport(List<Long> runIds) {
        return delegate.groupReport(runIds);
    }
}
