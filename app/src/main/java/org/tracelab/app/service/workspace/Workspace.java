package org.tracelab.app.service.workspace;

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
import org.tracelab.app.service.store.RunService;
import org.tracelab.core.compare.CompareSide;
import org.tracelab.core.compare.RunComparison;
import org.tracelab.core.compare.TaskMatch;
import org.tracelab.core.dataset.IfevalTask;
import org.tracelab.core.dataset.TaskFile;
import org.tracelab.core.export.ExportListener;
import org.tracelab.core.export.ExportPreview;
import org.tracelab.core.export.ExportResult;
import org.tracelab.core.export.RecordsExporter;
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

/**
 * The desktop app's one way to the application services on an open store ({@link StoreWorkspace}). Every method does
 * I/O (or heavy work) and must run in a background job, never on the JavaFX Application Thread; tests wrap the
 * workspace in a guard that fails when one does. Safe to call from several threads. A method here is a one-line
 * delegation to a service of {@code org.tracelab.app.service.*}, which the command line calls too.
 */
public interface Workspace extends AutoCloseable {

    /** The store file. */
    Path storeFile();

    /** Every run, in the store's order. */
    List<StoredRun> runs();

    /** One run's whole report ({@link org.tracelab.app.service.report.ReportService#report}); empty when it does not exist. */
    Optional<RunReport> report(long runId);

    /** An IFEval-format prompts file. */
    List<IfevalTask> readPrompts(Path file);

    /**
     * A task file in any format Tracelab reads and the format detected, as {@code bench} reads it
     * ({@link org.tracelab.core.dataset.TaskFileReader}).
     */
    TaskFile readTaskFile(Path file);

    /** A verifier with Punkt from {@code nltkData} (or the default folders when null). */
    Verifier verifier(Path nltkData);

    /** Imports one file in one transaction (all or nothing). */
    ImportedFile importFile(ImportFormat format, Path file, List<IfevalTask> prompts, Verifier verifier);

    /** One run's description, empty when the run does not exist. */
    Optional<RunInfo> runInfo(long runId);

    /** How far one run got (unfinished chains, calls lost to a failing server); empty when it does not exist. */
    Optional<RunCompletion> completion(long runId);

    /**
     * A benchmark on this store, not started: nothing is read or opened until its {@link BenchmarkRun#execute}, which
     * runs on the job's thread ({@link org.tracelab.app.service.bench.BenchmarkLauncher}).
     */
    BenchmarkRun benchmark(BenchmarkRequest request, Optional<ApiKey> apiKey, ModelConnections connections);

    /** A keyset page of the chains matching {@code query}, in chain id order (the explorer's list). */
    ChainPage chains(ChainQuery query, PageRequest page);

    /** How many chains of the selection fall under each value of each filter dimension. */
    FacetCounts facets(ChainQuery query);

    /** One chain's attempts in index order, with verdicts and flags. */
    List<StoredAttempt> attempts(long chainId);

    /** A task as run {@code runId} saw it, empty when the run has no such task. */
    Optional<TaskRecord> task(long runId, String datasetKey);

    /** The DPO pair candidates of a run that match {@code filter}, mined task by task; progress after each task. */
    List<MinedPair> pairs(PairFilter filter, TaskProgress progress);

    /** Both answers of a pair (as exported) and its task's prompt. */
    PairTexts pairTexts(MinedPair pair);

    /** Saves a curation decision and commits it at once. */
    void curate(CurationTarget target, Curation curation);

    /** Saves several curation decisions in one transaction: all or none. */
    void curateAll(Map<CurationTarget, Curation> decisions);

    /** What an export would write (its first {@code lines} training lines and counts), without writing. */
    ExportPreview previewExport(ExportService.Request request, int lines, TaskProgress mining);

    /** Mines ({@code mining} after each task) and writes a dataset ({@code writing} after each line). */
    ExportResult export(ExportService.Request request, TaskProgress mining, ExportListener writing);

    /**
     * Both sides of a comparison checked against the store ({@link org.tracelab.app.service.compare.CompareService}).
     *
     * @throws org.tracelab.app.service.compare.UnknownSideException naming what the store does not have
     */
    ComparedSides compareSides(CompareSide a, CompareSide b);

    /** A comparison's matched rows and counts from the sides' chain rows alone (the first screen). */
    TaskMatch compareFirstRows(ComparedSides sides);

    /** The whole comparison: flags, per-instruction verdicts, the paired interval and the exact test. */
    RunComparison compare(ComparedSides sides);

    /** Each side's finished chains of one task with their attempts (what opening a compared row diffs). */
    TaskAnswers taskAnswers(ComparedSides sides, String taskKey);

    /** Every chain of the task in every run ("Compare with…"). */
    List<ChainSummary> chainsOfTask(String datasetKey);

    /** A chain with its run's name, its task and its attempts; empty when it is gone. */
    Optional<LocatedChain> locateChain(ChainSummary chain);

    /** Every saved run group. */
    List<StoredRunGroup> runGroups();

    /**
     * Saves runs as a group ({@link org.tracelab.app.service.report.RunGroupService#create}).
     *
     * @throws org.tracelab.app.service.report.RunGroupException listing why the runs are not one experiment
     */
    StoredRunGroup createRunGroup(String name, List<Long> runIds);

    /** Deletes a group; its runs stay. */
    void deleteRunGroup(long groupId);

    /** Runs as one experiment: mean ± std over their seeds, intervals clustered by task over all chains. */
    GroupReport groupReport(List<Long> runIds);

    /** Renames a run ({@link org.tracelab.app.service.store.RunService#rename}). */
    void renameRun(long runId, String name);

    /** Replaces a run's notes; blank clears them. */
    void setRunNotes(long runId, String notes);

    /** {@code [chains, attempts]} of a run. */
    long[] runSize(long runId);

    /** Deletes a run and gives its space back; {@code progress} after each of the two steps. */
    RunService.Deleted deleteRun(long runId, TaskProgress progress);

    /** The runs already imported from a file with the same bytes, in the same format. */
    List<Long> runsImportedFrom(ImportFormat format, Path file);

    /** What a records export of run {@code runId} (every run when null) would write, without writing. */
    ExportService.RecordsPreview previewRecords(Long runId, int lines);

    /** Writes run {@code runId}'s chains (every run's when null) as portable records ({@code writing} per line). */
    RecordsExporter.Result exportRecords(Long runId, Path out, ExportListener writing);

    /** Commits and closes the store. */
    @Override
    void close();
}
