package org.tracelab.storage;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import org.tracelab.core.record.ComplianceEvalRecord;
import org.tracelab.core.trace.Attempt;
import org.tracelab.core.trace.CallFault;
import org.tracelab.core.trace.ChainKey;
import org.tracelab.core.trace.Curation;
import org.tracelab.core.trace.CurationTarget;
import org.tracelab.core.trace.RunInfo;
import org.tracelab.core.trace.RunStatus;
import org.tracelab.core.trace.SourceVerdict;
import org.tracelab.core.trace.TaskRecord;
import org.tracelab.core.verify.InstructionVerdict;

/**
 * The store's writer in this process. Thread-safe: calls from several runner threads are serialised onto one
 * connection. Other processes (the app and CLI runs) may write to the same file at once: each batch is one
 * {@code BEGIN IMMEDIATE} transaction, ids are assigned inside it, and a write that cannot get the lock within
 * {@link WriterSettings#lockWait()} fails with a one-line {@link StoreException}. Writes are batched into transactions (see {@link WriterSettings}); {@link #commit()} makes
 * everything so far durable and visible to readers. A chain becomes visible as finished only in the
 * transaction that also holds its final attempt and final verdicts, so a crash loses at most the uncommitted
 * batch and never leaves a finished chain without its attempts.
 *
 * <p>Typical runner use:
 * <pre>{@code
 * long run = writer.createRun(info);
 * writer.putTask(run, task);
 * ChainHandle chain = writer.beginChain(new ChainKey(run, task.datasetKey(), "direct", 42L, 0));
 * writer.appendAttempt(chain, attempt0);
 * writer.finishChain(chain, 0);
 * writer.finishRun(run, RunStatus.FINISHED, Instant.now());   // commits
 * }</pre>
 * An importer wraps a whole file in {@link #inTransaction} so it lands completely or not at all.
 */
public interface TraceWriter {

    /** Stores a run and returns its id. */
    long createRun(RunInfo run);

    /** Records the run's end and commits. */
    void finishRun(long runId, RunStatus status, Instant finishedAt);

    /** Records which verifier produced the run's verdicts (after {@link #replaceVerdicts}). */
    void setVerifierVersion(long runId, String verifierVersion);

    /**
     * Stores a task of a run and returns its id; storing an identical task again returns the same id, a task
     * with the same key but different content is a {@link StoreException}.
     */
    long putTask(long runId, TaskRecord task);

    /**
     * Opens a chain for a task already put into the run. A finished chain with the same key is an error; an
     * unfinished one (left by a crash or a cancel) is discarded with its attempts, so a resumed run redoes it.
     */
    ChainHandle beginChain(ChainKey key);

    /**
     * Reopens an unfinished chain (left by a crash, a cancel or a transport fault) to append to it, keeping its
     * attempts; a resumed run continues it from its last attempt. A missing or finished chain is an error.
     */
    ChainHandle resumeChain(ChainKey key);

    /** Keeps a call lost to a transport fault; it is not an attempt of any chain. */
    void recordFault(CallFault fault);

    /** Appends an attempt with its verdicts and flags; its index must be the chain's next. Returns its id. */
    long appendAttempt(ChainHandle chain, Attempt attempt);

    /** Marks the chain finished with the given attempt as final, copying that attempt's verdicts as final. */
    void finishChain(ChainHandle chain, int finalAttemptIndex);

    /** Keeps an importing tool's own verdict beside the chain (replacing an earlier one). */
    void setSourceVerdict(long chainId, SourceVerdict verdict);

    /** Adds flags to a stored attempt; flags already there are kept once. */
    void addFlags(long attemptId, Collection<String> flags);

    /** Saves a curation decision about a chain or a pair (replacing an earlier one). */
    void curate(CurationTarget target, Curation curation);

    /**
     * Replaces an attempt's verdicts (re-verification) and, when it is a chain's final attempt, the chain's
     * final verdicts too. Returns how many instruction verdicts changed (strict or loose).
     */
    int replaceVerdicts(long attemptId, List<InstructionVerdict> verdicts);

    /**
     * Stores one portable record as a chain of the run (its task too, when new) and returns the chain id. The
     * final verdicts are recomputed from the final attempt's verdicts, which is what the record says when it
     * was written by Tracelab.
     */
    long importRecord(long runId, ComplianceEvalRecord record);

    /**
     * Runs {@code work} as one transaction: commits when it returns, rolls everything in it back when it
     * throws (and rethrows). Earlier pending writes are committed first, so they are not lost with it. Calls
     * inside run without per-call savepoints: once one of them fails, the transaction rolls back whole even if
     * {@code work} caught the failure (further calls in it fail at once, and this method throws).
     */
    <T> T inTransaction(Function<TraceWriter, T> work);

    /** Commits everything written so far. */
    void commit();
}
