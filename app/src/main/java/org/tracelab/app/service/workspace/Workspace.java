package org.tracelab.app.service.workspace;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.tracelab.app.service.export.ExportService;
import org.tracelab.app.service.imports.ImportService.ImportedFile;
import org.tracelab.app.service.pairs.MinedPair;
import org.tracelab.app.service.pairs.PairFilter;
import org.tracelab.app.service.pairs.PairTexts;
import org.tracelab.app.service.TaskProgress;
import org.tracelab.app.service.report.ReportService.RunReport;
import org.tracelab.core.dataset.IfevalTask;
import org.tracelab.core.export.ExportListener;
import org.tracelab.core.export.ExportPreview;
import org.tracelab.core.export.ExportResult;
import org.tracelab.core.importing.ImportFormat;
import org.tracelab.core.record.ComplianceEvalRecord;
import org.tracelab.core.run.TraceSink;
import org.tracelab.core.stats.ResultsTable;
import org.tracelab.core.trace.Curation;
import org.tracelab.core.trace.CurationTarget;
import org.tracelab.core.trace.RunInfo;
import org.tracelab.core.trace.TaskRecord;
import org.tracelab.core.verify.Verifier;
import org.tracelab.storage.StoredAttempt;
import org.tracelab.storage.StoredRun;
import org.tracelab.storage.query.ChainPage;
import org.tracelab.storage.query.ChainQuery;
import org.tracelab.storage.query.FacetCounts;
import org.tracelab.storage.query.PageRequest;

/**
 * Everything the desktop app asks of an open trace store and the services around it. Every method does I/O
 * (or heavy work) and must run in a background task, never on the JavaFX Application Thread. Safe to call
 * from several threads.
 */
public interface Workspace extends AutoCloseable {

    /** The store file. */
    Path storeFile();

    /** Every run, in the store's order. */
    List<StoredRun> runs();

    /** One run's per-mode figures, empty when the run does not exist. */
    Optional<RunReport> report(long runId);

    /**
     * One run's results with statistics, paired mode comparisons included, from
     * {@link org.tracelab.app.service.report.RunResultsService}; modes in {@code modeOrder} first. The run is streamed
     * once, and each record is also handed to {@code eachRecord} on the calling thread (for tallies of its own).
     */
    ResultsTable results(long runId, List<String> modeOrder, Consumer<ComplianceEvalRecord> eachRecord);

    /** An IFEval-format prompts file. */
    List<IfevalTask> readPrompts(Path file);

    /** A verifier with Punkt from {@code nltkData} (or the default folders when null). */
    Verifier verifier(Path nltkData);

    /** Imports one file in one transaction (all or nothing). */
    ImportedFile importFile(ImportFormat format, Path file, List<IfevalTask> prompts, Verifier verifier);

    /** One run's description, empty when the run does not exist. */
    Optional<RunInfo> runInfo(long runId);

    /**
     * Runs {@code work} on the calling thread with a {@link TraceSink} over this store (the benchmark runner's
     * way in), and returns what it returns. The sink is valid only during the call.
     */
    <T> T withTraceSink(Function<TraceSink, T> work);

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

    /** Commits and closes the store. */
    @Override
    void close();
}
