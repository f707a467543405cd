package org.tracelab.app.service.workspace;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;
import java.util.function.Function;
import org.tracelab.app.service.AppVersion;
import org.tracelab.app.service.export.ExportService;
import org.tracelab.app.service.imports.ImportService;
import org.tracelab.app.service.imports.ImportService.ImportedFile;
import org.tracelab.app.service.pairs.MinedPair;
import org.tracelab.app.service.pairs.PairFilter;
import org.tracelab.app.service.pairs.PairService;
import org.tracelab.app.service.pairs.PairTexts;
import org.tracelab.app.service.report.ReportService;
import org.tracelab.app.service.report.ReportService.RunReport;
import org.tracelab.app.service.report.RunResultsService;
import org.tracelab.app.service.bench.StoreTraceSink;
import org.tracelab.app.service.TaskProgress;
import org.tracelab.core.dataset.IfevalPromptsReader;
import org.tracelab.core.dataset.IfevalTask;
import org.tracelab.core.export.ExportListener;
import org.tracelab.core.export.ExportPreview;
import org.tracelab.core.export.ExportResult;
import org.tracelab.core.flags.GamingDetector;
import org.tracelab.core.importing.AttemptFlagger;
import org.tracelab.core.importing.ImportContext;
import org.tracelab.core.importing.ImportFormat;
import org.tracelab.core.record.ComplianceEvalRecord;
import org.tracelab.core.run.TraceSink;
import org.tracelab.core.stats.ResultsTable;
import org.tracelab.core.trace.Curation;
import org.tracelab.core.trace.CurationTarget;
import org.tracelab.core.trace.RunInfo;
import org.tracelab.core.trace.TaskRecord;
import org.tracelab.core.verify.Verifier;
import org.tracelab.core.verify.Verifiers;
import org.tracelab.storage.StoredAttempt;
import org.tracelab.storage.StoredRun;
import org.tracelab.storage.query.ChainPage;
import org.tracelab.storage.query.ChainQuery;
import org.tracelab.storage.query.FacetCounts;
import org.tracelab.storage.query.PageRequest;
import org.tracelab.storage.TraceReader;
import org.tracelab.storage.TraceStore;

/**
 * A {@link Workspace} on a {@link TraceStore}: the store's single writer is shared (it is thread-safe), and every
 * read opens its own short-lived reader, since readers are one per thread.
 */
public final class StoreWorkspace implements Workspace {

    private final TraceStore store;
    private final Clock clock;
    private final ThreadLocal<TraceReader> threadReaders = new ThreadLocal<>();
    private final Queue<TraceReader> openReaders = new ConcurrentLinkedQueue<>();

    public StoreWorkspace(TraceStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Opens (creating if missing) the store in {@code file}. */
    public static StoreWorkspace open(Path file) {
        return new StoreWorkspace(TraceStore.open(file), Clock.systemUTC());
    }

    @Override
    public Path storeFile() {
        return store.file();
    }

    @Override
    public List<StoredRun> runs() {
        try (TraceReader reader = store.openReader()) {
            return reader.runs();
        }
    }

    @Override
    public Optional<RunReport> report(long runId) {
        try (TraceReader reader = store.openReader()) {
            return new ReportService(reader).report(runId).map(reports -> reports.get(0));
        }
    }

    @Override
    public ResultsTable results(long runId, List<String> modeOrder, Consumer<ComplianceEvalRecord> eachRecord) {
        try (TraceReader reader = store.openReader()) {
            return new RunResultsService(reader).results(runId, modeOrder, eachRecord);
        }
    }

    @Override
    public List<IfevalTask> readPrompts(Path file) {
        return IfevalPromptsReader.read(file);
    }

    @Override
    public Verifier verifier(Path nltkData) {
        return Verifiers.create(nltkData);
    }

    @Override
    public ImportedFile importFile(ImportFormat format, Path file, List<IfevalTask> prompts, Verifier verifier) {
        ImportService service = new ImportService(store.writer(), new ImportContext(verifier, importFlagger(), clock));
        return service.importFile(format, file, prompts);
    }

    /** As the CLI's import: imported files keep only final texts, so no predecessor and no finish reason. */
    private static AttemptFlagger importFlagger() {
        GamingDetector gaming = new GamingDetector();
        return (task, output) -> gaming.detect(task, output, null, false);
    }

    @Override
    public Optional<RunInfo> runInfo(long runId) {
        try (TraceReader reader = store.openReader()) {
            return reader.run(runId).map(StoredRun::info);
        }
    }

    /** The sink's reader is opened on the calling thread, the job's, which is the only one that uses it. */
    @Override
    public <T> T withTraceSink(Function<TraceSink, T> work) {
        try (TraceReader reader = store.openReader()) {
            return work.apply(new StoreTraceSink(store.writer(), reader));
        }
    }

    @Override
    public List<MinedPair> pairs(PairFilter filter, TaskProgress progress) {
        try (TraceReader reader = store.openReader()) {
            return new PairService(reader).pairs(filter, progress);
        }
    }

    @Override
    public PairTexts pairTexts(MinedPair pair) {
        try (TraceReader reader = store.openReader()) {
            return new PairService(reader).texts(pair);
        }
    }

    @Override
    public ChainPage chains(ChainQuery query, PageRequest page) {
        return threadReader().chains(query, page);
    }

    @Override
    public FacetCounts facets(ChainQuery query) {
        return threadReader().facets(query);
    }

    @Override
    public List<StoredAttempt> attempts(long chainId) {
        return threadReader().attempts(chainId);
    }

    @Override
    public Optional<TaskRecord> task(long runId, String datasetKey) {
        return threadReader().task(runId, datasetKey);
    }

    /**
     * The calling thread's own reader, kept open for the explorer's many small reads (a page per scroll step):
     * a fresh connection per page would re-read the schema and the index pages each time. Readers are one per
     * thread; all are closed with the workspace.
     */
    private TraceReader threadReader() {
        TraceReader reader = threadReaders.get();
        if (reader == null) {
            reader = store.openReader();
            threadReaders.set(reader);
            openReaders.add(reader);
        }
        return reader;
    }

    /**
     * Committed at once: the writer batches by size and age, and a decision made by hand must not wait for the
     * next batch (nor be lost to a crash right after it).
     */
    @Override
    public void curate(CurationTarget target, Curation curation) {
        store.writer().curate(target, curation);
        store.writer().commit();
    }

    @Override
    public void curateAll(Map<CurationTarget, Curation> decisions) {
        store.writer().inTransaction(writer -> {
            decisions.forEach(writer::curate);
            return null;
        });
    }

    @Override
    public ExportPreview previewExport(ExportService.Request request, int lines, TaskProgress mining) {
        try (TraceReader reader = store.openReader()) {
            return new ExportService(reader, clock).preview(request, AppVersion.describe(), lines, mining);
        }
    }

    @Override
    public ExportResult export(ExportService.Request request, TaskProgress mining, ExportListener writing) {
        try (TraceReader reader = store.openReader()) {
            return new ExportService(reader, clock).export(request, AppVersion.describe(), mining, writing);
        }
    }

    @Override
    public void close() {
        openReaders.forEach(TraceReader::close);
        openReaders.clear();
        store.close();
    }
}
