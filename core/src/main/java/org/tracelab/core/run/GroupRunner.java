package org.tracelab.core.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.tracelab.core.dataset.IfevalTask;
import org.tracelab.core.trace.Attempt;
import org.tracelab.core.trace.CallFault;
import org.tracelab.core.trace.ChainKey;

/**
 * Runs one rollout group: makes (or, on resume, reuses) the shared first attempt once, then each unfinished
 * mode's chain to its end, one after the other on the calling thread, so a group never has two calls in
 * flight and the job's thread count bounds its concurrent calls. A chain left unfinished by an earlier session
 * is continued from its last recorded attempt.
 *
 * <p>A call lost to a transport fault is reported to the sink and ends the group: the chain it was made for
 * stays unfinished (with the attempts it had), later modes are not started, and nothing is finished on the
 * strength of a call the server failed.
 */
final class GroupRunner {

    /** How a group ended: done, stopped by a fault, or stopped by the fault that made the job's limit in a row. */
    enum Result {
        DONE,
        FAULTED,
        FAULT_LIMIT
    }

    private final BenchmarkPlan plan;
    private final long runId;
    private final TraceSink sink;
    private final AttemptMaker maker;
    private final ResumeState resume;
    private final ProgressTracker progress;
    private final FaultTally faults;

    GroupRunner(
            BenchmarkPlan plan,
            long runId,
            TraceSink sink,
            AttemptMaker maker,
            ResumeState resume,
            ProgressTracker progress,
            FaultTally faults) {
        this.plan = plan;
        this.runId = runId;
        this.sink = sink;
        this.maker = maker;
        this.resume = resume;
        this.progress = progress;
        this.faults = faults;
    }

    /** True when every chain of the group was finished before this session. */
    boolean alreadyDone(RolloutGroup group) {
        return plan.modes().stream().allMatch(mode -> resume.isFinished(group.chainKey(runId, mode)));
    }

    /**
     * Runs the group's unfinished chains; {@link Result#FAULTED} or {@link Result#FAULT_LIMIT} when a transport
     * fault stopped it (the fault is reported to the sink; whether the job goes on is the caller's decision).
     */
    Result run(IfevalTask task, RolloutGroup group) {
        List<Mode> pending = plan.modes().stream()
                .filter(mode -> !resume.isFinished(group.chainKey(runId, mode)))
                .toList();
        if (pending.isEmpty()) {
            return Result.DONE;
        }
        RecordedAttempt first;
        try {
            first = firstAttempt(task, group, pending);
        } catch (TransportFault fault) {
            return faulted(fault, group, null);
        }
        for (Mode mode : pending) {
            try {
                runChain(task, group, mode, first);
            } catch (TransportFault fault) {
                return faulted(fault, group, mode);
            }
        }
        return Result.DONE;
    }

    /** The group's first attempt: stored (on resume) or made now. */
    private RecordedAttempt firstAttempt(IfevalTask task, RolloutGroup group, List<Mode> pending) {
        Attempt stored = resume.sharedFirstAttempts().get(group);
        if (stored == null) {
            // A single pending chain may have been begun: its own first attempt is the group's.
            stored = pending.stream()
                    .map(mode -> resume.recordedAttempts(group.chainKey(runId, mode)))
                    .filter(attempts -> !attempts.isEmpty())
                    .map(attempts -> attempts.get(0))
                    .findFirst()
                    .orElse(null);
        }
        if (stored != null) {
            return maker.reused(stored, group);
        }
        RecordedAttempt made = maker.first(task, group, plan.modes().size() > 1);
        faults.answered();
        progress.attemptMade();
        return made;
    }

    /** Runs (or continues) one chain to its end; a transport fault unwinds, leaving it unfinished. */
    private void runChain(IfevalTask task, RolloutGroup group, Mode mode, RecordedAttempt first) {
        maker.checkCancelled();
        ChainKey key = group.chainKey(runId, mode);
        List<Attempt> recorded = resume.recordedAttempts(key);
        List<ChainAttempt> attempts = new ArrayList<>();
        if (recorded.isEmpty()) {
            sink.chainStarted(key);
            sink.attemptRecorded(key, first);
            attempts.add(toChainAttempt(first));
        } else {
            sink.chainResumed(key);
            recorded.forEach(attempt -> attempts.add(maker.chainAttemptOf(attempt)));
        }
        while (true) {
            Optional<NextStep> step = mode.next(new ChainProgress(task, attempts));
            if (step.isEmpty()) {
                break;
            }
            ChainAttempt parent = attempts.get(step.get().parentIndex());
            RecordedAttempt made = maker.next(task, group, attempts.size(), step.get(), parent);
            if (made.sampling() != null) {
                faults.answered();
            }
            progress.attemptMade();
            sink.attemptRecorded(key, made);
            attempts.add(toChainAttempt(made));
        }
        int finalIndex = ChainProgress.bestIndexOf(attempts);
        sink.chainFinished(key, finalIndex);
        progress.chainFinished(mode.wireName(), attempts.get(finalIndex).score().allStrict());
    }

    private Result faulted(TransportFault fault, RolloutGroup group, Mode mode) {
        CallFault record = new CallFault(
                runId,
                group.taskKey(),
                mode == null ? null : mode.wireName(),
                group.seed(),
                group.fork(),
                fault.attemptIndex(),
                fault.strategy(),
                fault.failure().endpoint().orElse(null),
                fault.failure().kind().name().toLowerCase(Locale.ROOT),
                fault.failure().getMessage(),
                fault.startedAt(),
                fault.latencyMs());
        sink.callFaulted(record);
        progress.faulted(record);
        return faults.faulted(record) ? Result.FAULT_LIMIT : Result.FAULTED;
    }

    private static ChainAttempt toChainAttempt(RecordedAttempt recorded) {
        Attempt a = recorded.attempt();
        return new ChainAttempt(
                a.index(), a.parentIndex(), a.strategy(), recorded.verifiedOutput(), a.verdicts(), a.error() != null);
    }
}
