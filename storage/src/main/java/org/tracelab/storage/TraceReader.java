package org.tracelab.storage;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.tracelab.core.record.ComplianceEvalRecord;
import org.tracelab.core.trace.CallFault;
import org.tracelab.core.trace.Chain;
import org.tracelab.core.trace.Curation;
import org.tracelab.core.trace.CurationTarget;
import org.tracelab.core.trace.TaskRecord;
import org.tracelab.storage.query.ChainPage;
import org.tracelab.storage.query.ChainQuery;
import org.tracelab.storage.query.FacetCounts;
import org.tracelab.storage.query.ModeAggregate;
import org.tracelab.storage.query.PageRequest;

/**
 * A read-only view of the store on its own connection; it sees committed data only and never blocks the
 * writer. Not thread-safe: open one per thread ({@link TraceStore#openReader()}) and close it. Every method
 * answers in SQL and reads at most a page, a chain or an aggregate; none loads a whole run.
 */
public interface TraceReader extends AutoCloseable {

    List<StoredRun> runs();

    Optional<StoredRun> run(long runId);

    Optional<TaskRecord> task(long runId, String datasetKey);

    Optional<Chain> chain(long chainId);

    /** The chain's attempts in index order, with verdicts and flags. */
    List<StoredAttempt> attempts(long chainId);

    /** The run's calls lost to transport faults, oldest first (they are not attempts of any chain). */
    List<CallFault> faults(long runId);

    /** The chain as a portable record. */
    Optional<ComplianceEvalRecord> record(long chainId);

    /** Streams every chain of the run as a record, in chain id order, one chain in memory at a time. */
    void forEachRecord(long runId, Consumer<ComplianceEvalRecord> sink);

    /** A page of chains matching the query, in chain id order. */
    ChainPage chains(ChainQuery query, PageRequest page);

    /** How many matching chains fall under each value of each filter dimension. */
    FacetCounts facets(ChainQuery query);

    /**
     * Every saved decision about a preference pair whose chosen attempt belongs to the run (pairs are mined
     * within a task, so both attempts do), keyed by pair. Pairs never curated are absent.
     */
    Map<CurationTarget.PairTarget, Curation> pairCurations(long runId);

    /** The run's figures per mode (sorted by mode), over all seeds and per seed. */
    List<ModeAggregate> aggregates(long runId);

    @Override
    void close();
}
