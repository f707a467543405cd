package org.tracelab.app.service.bench;

import java.time.Instant;
import org.tracelab.core.run.RecordedAttempt;
import org.tracelab.core.run.ResumeState;
import org.tracelab.core.run.TraceSink;
import org.tracelab.core.trace.CallFault;
import org.tracelab.core.trace.ChainKey;
import org.tracelab.core.trace.RunInfo;
import org.tracelab.core.trace.RunStatus;
import org.tracelab.core.trace.TaskRecord;

/**
 * A {@link TraceSink} that stores through another and then tells a {@link BenchmarkListener} what was stored: the
 * run's id once known, and each attempt and each lost call after the store has taken it.
 */
final class ListeningTraceSink implements TraceSink {

    private final TraceSink store;
    private final BenchmarkListener listener;

    ListeningTraceSink(TraceSink store, BenchmarkListener listener) {
        this.store = store;
        this.listener = listener;
    }

    @Override
    public long runStarted(RunInfo run) {
        long id = store.runStarted(run);
        listener.runOpened(id);
        return id;
    }

    @Override
    public ResumeState runResumed(long id) {
        listener.runOpened(id);
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
    public void callFaulted(CallFault fault) {
        store.callFaulted(fault);
        listener.callFaulted(fault);
    }

    @Override
    public void attemptRecorded(ChainKey key, RecordedAttempt attempt) {
        store.attemptRecorded(key, attempt);
        listener.attemptRecorded(key, attempt);
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
