package org.tracelab.app.service.bench;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.tracelab.core.run.RecordedAttempt;
import org.tracelab.core.run.ResumeState;
import org.tracelab.core.run.RolloutGroup;
import org.tracelab.core.run.TraceSink;
import org.tracelab.core.trace.Attempt;
import org.tracelab.core.trace.CallFault;
import org.tracelab.core.trace.ChainKey;
import org.tracelab.core.trace.ChainStatus;
import org.tracelab.core.trace.RunInfo;
import org.tracelab.core.trace.RunStatus;
import org.tracelab.core.trace.TaskRecord;
import org.tracelab.storage.ChainHandle;
import org.tracelab.storage.StoreException;
import org.tracelab.storage.StoredAttempt;
import org.tracelab.storage.TraceReader;
import org.tracelab.storage.TraceWriter;
import org.tracelab.storage.query.ChainPage;
import org.tracelab.storage.query.ChainQuery;
import org.tracelab.storage.query.ChainSummary;
import org.tracelab.storage.query.PageRequest;

/**
 * The runner's {@link TraceSink} over the trace store. The writer batches attempts and commits a chain's
 * attempts no later than the transaction that marks it finished, so a crash never shows a half-written chain
 * as finished. On resume, an unfinished chain's recorded attempts are handed to the runner, which continues
 * the chain from its last one ({@code resumeChain}); {@code beginChain} discards an open chain that is started
 * anew, so resuming stores no attempt twice. Calls lost to transport faults are kept as fault records.
 */
public final class StoreTraceSink implements TraceSink {

    private static final int PAGE = 1000;
    private final TraceWriter writer;
    private final TraceReader reader;
    private final Map<ChainKey, ChainHandle> open = new ConcurrentHashMap<>();

    /** {@code reader} is only used to resume; its calls happen before any write of the job. */
    public StoreTraceSink(TraceWriter writer, TraceReader reader) {
        this.writer = writer;
        this.reader = reader;
    }

    @Override
    public long runStarted(RunInfo run) {
        long id = writer.createRun(run);
        writer.commit();
        return id;
    }

    @Override
    public ResumeState runResumed(long runId) {
        if (reader.run(runId).isEmpty()) {
            throw new StoreException("no run " + runId + " to resume");
        }
        Map<ChainKey, Boolean> finished = new HashMap<>();
        Map<RolloutGroup, Attempt> firstAttempts = new HashMap<>();
        Map<ChainKey, List<Attempt>> unfinished = new HashMap<>();
        PageRequest page = PageRequest.first(PAGE);
        while (page != null) {
            ChainPage chains = reader.chains(ChainQuery.all().withRuns(runId), page);
            for (ChainSummary chain : chains.rows()) {
                ChainKey key = new ChainKey(runId, chain.datasetKey(), chain.mode(), chain.seed(), chain.fork());
                if (chain.status() != ChainStatus.FINISHED) {
                    List<Attempt> recorded = reader.attempts(chain.chainId()).stream()
                            .map(StoredAttempt::attempt)
                            .toList();
                    unfinished.put(key, recorded);
                    if (chain.seed() != null
                            && !recorded.isEmpty()
                            && recorded.get(0).flags().contains(RecordedAttempt.SHARED_FLAG)) {
                        firstAttempts.putIfAbsent(RolloutGroup.of(key), recorded.get(0));
                    }
                    continue;
                }
                finished.put(key, Boolean.TRUE.equals(chain.finalStrict()));
                if (chain.seed() != null) {
                    RolloutGroup group = RolloutGroup.of(key);
                    if (!firstAttempts.containsKey(group)) {
                        sharedFirstAttempt(chain.chainId()).ifPresent(first -> firstAttempts.put(group, first));
                    }
                }
            }
            page = chains.next();
        }
        return new ResumeState(finished, firstAttempts, unfinished);
    }

    private Optional<Attempt> sharedFirstAttempt(long chainId) {
        List<StoredAttempt> attempts = reader.attempts(chainId);
        return attempts.isEmpty() || !attempts.get(0).attempt().flags().contains(RecordedAttempt.SHARED_FLAG)
                ? Optional.empty()
                : Optional.of(attempts.get(0).attempt());
    }

    @Override
    public void taskRegistered(long runId, TaskRecord task) {
        writer.putTask(runId, task);
    }

    @Override
    public void chainStarted(ChainKey key) {
        open.put(key, writer.beginChain(key));
    }

    @Override
    public void chainResumed(ChainKey key) {
        open.put(key, writer.resumeChain(key));
    }

    @Override
    public void callFaulted(CallFault fault) {
        writer.recordFault(fault);
    }

    @Override
    public void attemptRecorded(ChainKey key, RecordedAttempt attempt) {
        writer.appendAttempt(handle(key), attempt.attempt());
    }

    @Override
    public void chainFinished(ChainKey key, int finalAttemptIndex) {
        writer.finishChain(handle(key), finalAttemptIndex);
        open.remove(key);
    }

    @Override
    public void runFinished(long runId, RunStatus status, Instant finishedAt) {
        writer.finishRun(runId, status, finishedAt);
    }

    private ChainHandle handle(ChainKey key) {
        ChainHandle handle = open.get(key);
        if (handle == null) {
            throw new IllegalStateException("chain " + key + " was not started");
        }
        return handle;
    }
}
