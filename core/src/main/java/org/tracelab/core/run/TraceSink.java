package org.tracelab.core.run;

import java.time.Instant;
import org.tracelab.core.trace.CallFault;
import org.tracelab.core.trace.ChainKey;
import org.tracelab.core.trace.RunInfo;
import org.tracelab.core.trace.RunStatus;
import org.tracelab.core.trace.TaskRecord;

/**
 * Where a {@link BenchmarkJob} records what it does; the app implements it over the trace store's writer.
 * Core does not depend on the store, so this is the whole contract between them.
 *
 * <p><b>Order.</b> For one job: exactly one of {@link #runStarted} or {@link #runResumed} first; then
 * {@link #taskRegistered} for every task of the plan (on the job's calling thread, before any chain); then per
 * chain {@link #chainStarted}, one {@link #attemptRecorded} per attempt in index order starting at 0, and
 * {@link #chainFinished}; finally {@link #runFinished}, after every other call has returned. Calls for one
 * chain come from one thread, in order; calls for different chains come concurrently from up to
 * {@code concurrency} worker threads, so implementations must be thread-safe.
 *
 * <p><b>Atomicity.</b> A chain counts as done only once {@link #chainFinished} has been called, and only then
 * may the store show it finished: its attempts and its final choice must become durable together (or the
 * attempts earlier). A cancelled or crashed job leaves chains that were started but never finished; the
 * runner never finishes them later in the same job.
 *
 * <p><b>Resume.</b> {@link #runResumed} reports the finished chains and the unfinished ones with their recorded
 * attempts; the runner skips the finished chains, continues each unfinished chain that has attempts from its
 * last one ({@link #chainResumed}, then {@link #attemptRecorded} from the next index on), and starts every other
 * chain anew. {@link #chainStarted} for a key the store still holds as an unfinished chain must discard that
 * chain and its attempts first, so no attempt is stored twice. The first attempt of a rollout group is reused
 * from {@link ResumeState} when given.
 *
 * <p><b>Transport faults.</b> A call the server failed (down, stalled, reset, 5xx after retries) is reported with
 * {@link #callFaulted}: kept for the record, never an attempt. The chain it was made for is neither finished nor
 * given another attempt in this job, and the job ends {@code interrupted}.
 *
 * <p>Exceptions thrown by the sink fail the job (status {@code failed}); the runner still calls
 * {@link #runFinished}.
 */
public interface TraceSink {

    /** Stores a new run (status {@code running}) and returns its id. */
    long runStarted(RunInfo run);

    /** Marks run {@code runId} running again and returns what it already holds. */
    ResumeState runResumed(long runId);

    /**
     * A task of the run with its feasibility flags; called for every task on every start and resume, so an
     * identical task registered again must be accepted (idempotent).
     */
    void taskRegistered(long runId, TaskRecord task);

    /** A chain begins; see the class comment for a key left unfinished by an earlier session. */
    void chainStarted(ChainKey key);

    /**
     * Continues a chain left unfinished by an earlier session, keeping the attempts {@link #runResumed} reported
     * for it; the next {@link #attemptRecorded} carries the index after them.
     */
    void chainResumed(ChainKey key);

    /** A call lost to a transport fault: recorded, but not an attempt of any chain. */
    void callFaulted(CallFault fault);

    /** Appends the chain's next attempt; {@code attempt.attempt().index()} is the chain's next index. */
    void attemptRecorded(ChainKey key, RecordedAttempt attempt);

    /** Every attempt of the chain was recorded; {@code finalAttemptIndex} is its best attempt, whose verdicts count. */
    void chainFinished(ChainKey key, int finalAttemptIndex);

    /**
     * The job ended: {@code finished}, {@code cancelled}, {@code failed} or {@code interrupted}. Makes everything
     * durable.
     */
    void runFinished(long runId, RunStatus status, Instant finishedAt);
}
