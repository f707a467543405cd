package org.tracelab.core.run;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tracelab.core.trace.Attempt;
import org.tracelab.core.trace.CallFault;
import org.tracelab.core.trace.ChainKey;
import org.tracelab.core.trace.RunInfo;
import org.tracelab.core.trace.RunStatus;
import org.tracelab.core.trace.TaskRecord;

/**
 * A {@link TraceSink} in memory that checks the contract: attempts in index order, no attempt after a chain
 * finished, a chain finished at most once, an unfinished chain discarded when started again or continued with
 * its attempts when resumed, nothing after the run ended. Faulted calls are kept apart from attempts.
 */
final class InMemoryTraceSink implements TraceSink {

    private final Map<Long, RunInfo> runs = new HashMap<>();
    private final Map<Long, RunStatus> statuses = new HashMap<>();
    private final Map<String, TaskRecord> tasks = new LinkedHashMap<>();
    private final Map<ChainKey, List<RecordedAttempt>> chains = new LinkedHashMap<>();
    private final Map<ChainKey, Integer> finals = new LinkedHashMap<>();
    private final Map<ChainKey, Integer> finishCalls = new HashMap<>();
    private final List<String> violations = new ArrayList<>();
    private final List<CallFault> faults = new ArrayList<>();
    private int discardedChains;
    private int resumedChains;
    private long nextRunId = 1;
    private boolean ended;

    @Override
    public synchronized long runStarted(RunInfo run) {
        long id = nextRunId++;
        runs.put(id, run);
        statuses.put(id, RunStatus.RUNNING);
        ended = false;
        return id;
    }

    @Override
    public synchronized ResumeState runResumed(long runId) {
        statuses.put(runId, RunStatus.RUNNING);
        ended = false;
        Map<ChainKey, Boolean> finished = new HashMap<>();
        Map<RolloutGroup, Attempt> firsts = new HashMap<>();
        Map<ChainKey, List<Attempt>> unfinished = new HashMap<>();
        finals.forEach((key, index) -> {
            Attempt last = chains.get(key).get(index).attempt();
            finished.put(
                    key,
                    last.followsAllStrict(
                            tasks.get(key.datasetKey()).instructionIds().size()));
            firsts.put(RolloutGroup.of(key), chains.get(key).get(0).attempt());
        });
        chains.forEach((key, attempts) -> {
            if (!finals.containsKey(key)) {
                unfinished.put(
                        key, attempts.stream().map(RecordedAttempt::attempt).toList());
                if (!attempts.isEmpty() && attempts.get(0).shared()) {
                    firsts.putIfAbsent(RolloutGroup.of(key), attempts.get(0).attempt());
                }
            }
        });
        return new ResumeState(finished, firsts, unfinished);
    }

    @Override
    public synchronized void taskRegistered(long runId, TaskRecord task) {
        TaskRecord earlier = tasks.putIfAbsent(task.datasetKey(), task);
        check(earlier == null || earlier.equals(task), "task " + task.datasetKey() + " registered differently");
    }

    @Override
    public synchronized void chainStarted(ChainKey key) {
        check(!ended, "chain started after the run ended");
        check(!finals.containsKey(key), "finished chain started again: " + key);
        if (chains.remove(key) != null) {
            discardedChains++;
        }
        chains.put(key, new ArrayList<>());
    }

    @Override
    public synchronized void chainResumed(ChainKey key) {
        check(!ended, "chain resumed after the run ended");
        check(chains.containsKey(key) && !finals.containsKey(key), "resumed a chain that is not unfinished: " + key);
        resumedChains++;
    }

    @Override
    public synchronized void callFaulted(CallFault fault) {
        check(!ended, "fault after the run ended");
        faults.add(fault);
    }

    @Override
    public synchronized void attemptRecorded(ChainKey key, RecordedAttempt attempt) {
        check(!ended, "attempt after the run ended");
        List<RecordedAttempt> attempts = chains.get(key);
        check(attempts != null && !finals.containsKey(key), "attempt for a chain not open: " + key);
        check(attempts.size() == attempt.attempt().index(), "attempt index out of order in " + key);
        attempts.add(attempt);
    }

    @Override
    public synchronized void chainFinished(ChainKey key, int finalAttemptIndex) {
        check(!ended, "chain finished after the run ended");
        finishCalls.merge(key, 1, Integer::sum);
        check(!finals.containsKey(key), "chain finished twice: " + key);
        check(finalAttemptIndex < chains.get(key).size(), "final attempt not recorded in " + key);
        finals.put(key, finalAttemptIndex);
    }

    @Override
    public synchronized void runFinished(long runId, RunStatus status, Instant finishedAt) {
        statuses.put(runId, status);
        ended = true;
    }

    private void check(boolean condition, String violation) {
        if (!condition) {
            violations.add(violation);
            throw new IllegalStateException(violation);
        }
    }

    synchronized List<String> violations() {
        return List.copyOf(violations);
    }

    synchronized RunStatus status(long runId) {
        return statuses.get(runId);
    }

    synchronized RunInfo run(long runId) {
        return runs.get(runId);
    }

    synchronized Map<String, TaskRecord> tasks() {
        return Map.copyOf(tasks);
    }

    /** Every chain with its attempts, finished or not. */
    synchronized Map<ChainKey, List<RecordedAttempt>> chains() {
        Map<ChainKey, List<RecordedAttempt>> copy = new LinkedHashMap<>();
        chains.forEach((key, attempts) -> copy.put(key, List.copyOf(attempts)));
        return copy;
    }

    synchronized Map<ChainKey, Integer> finals() {
        return Map.copyOf(finals);
    }

    synchronized Map<ChainKey, Integer> finishCalls() {
        return Map.copyOf(finishCalls);
    }

    synchronized int discardedChains() {
        return discardedChains;
    }

    synchronized int resumedChains() {
        return resumedChains;
    }

    synchronized List<CallFault> faults() {
        return List.copyOf(faults);
    }

    /** Every attempt recorded in every chain, the shared first attempt once per chain it is in. */
    synchronized int attemptCount() {
        return chains.values().stream().mapToInt(List::size).sum();
    }

    synchronized List<RecordedAttempt> chain(String taskKey, String mode, long seed, int fork) {
        return chains.entrySet().stream()
                .filter(e -> e.getKey().datasetKey().equals(taskKey)
                        && e.getKey().mode().equals(mode)
                        && e.getKey().seed() == seed
                        && e.getKey().fork() == fork)
                .map(Map.Entry::getValue)
                .findFirst()
                .orElseThrow();
    }
}
