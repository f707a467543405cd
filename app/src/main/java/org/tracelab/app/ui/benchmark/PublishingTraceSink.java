package org.tracelab.app.ui.benchmark;

import java.time.Instant;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import org.tracelab.core.run.RecordedAttempt;
import org.tracelab.core.run.ResumeState;
import org.tracelab.core.run.TraceSink;
import org.tracelab.core.trace.ChainKey;
import org.tracelab.core.trace.RunInfo;
import org.tracelab.core.trace.RunStatus;
import org.tracelab.core.trace.TaskRecord;

/**
 * A {@link TraceSink} that stores through another and tells the UI what was stored: the run's id once known,
 * and each attempt after the store has taken it. The listeners run on the job's threads and must be quick.
 */
final class PublishingTraceSink implements TraceSink {

    private final TraceSink store;
    private final LongConsumer runId;
    private final Consumer<AttemptRow> attempts;

    PublishingTraceSink(TraceSink store, LongConsumer runId, Consumer<AttemptRow> attempts) {
        this.store = store;
        this.runId = runId;
        this.attempts = attempts;
    }

    @Override
    public long runStarted(RunInfo run) {
        long id = store.runStarted(run);
        runId.accept(id);
        return id;
    }

    @Override
    public ResumeState runResumed(long id) {
        runId.accept(id);
        return store.runResumed(id);
    }

    @Override
    public void taskRegistered(long id, TaskRecord task) {
        store.taskRegistered(id, task);
    }

    @Override
    public void chainStarted(ChainKey key) {
        store.chainStarted(key);
    }

    @Override
    public void chainResumed(ChainKey key) {
        store.chainResumed(key);
    }

    @Override
    public void callFaulted(org.tracelab.core.trace.CallFault fault) {
        store.callFaulted(fault);
    }

    @Override
    public void attemptRecorded(ChainKey key, RecordedAttempt attempt) {
        store.attemptRecorded(key, attempt);
        attempts.accept(AttemptRow.of(key, attempt));
    }

    @Override
    public void chainFinished(ChainKey key, int finalAttemptIndex) {
        store.chainFinished(key, finalAttemptIndex);
    }

    @Override
    public void runFinished(long id, RunStatus status, Instant finishedAt) {
        store.runFinished(id, status, finishedAt);
    }
}
