package org.tracelab.core.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tracelab.core.dataset.IfevalTask;
import org.tracelab.core.trace.Attempt;
import org.tracelab.core.trace.ChainKey;

/**
 * Runs one rollout group: makes (or, on resume, reuses) the shared first attempt once, then each unfinished
 * mode's chain to its end, one after the other on the calling thread, so a group never has two calls in
 * flight and the job's thread count bounds its concurrent calls.
 */
final class GroupRunner {

    private final BenchmarkPlan plan;
    private final long runId;
    private final TraceSink sink;
    private final AttemptMaker maker;
    private final ResumeState resume;
    private final ProgressTracker progress;

    GroupRunner(BenchmarkPlan plan, long runId, TraceSink sink, AttemptMaker maker, ResumeState resume,
            ProgressTracker progress) {
        this.plan = plan;
        this.runId = runId;
        this.sink = sink;
        this.maker = maker;
        this.resume = resume;
        this.progress = progress;
    }

    /** True when every chain of the group was finished before this session. */
    boolean alreadyDone(RolloutGroup group) {
        return plan.modes().stream().allMatch(mode -> resume.isFinished(group.chainKey(runId, mode)));
    }

    void run(IfevalTask task, RolloutGroup group) {
        List<Mode> pending = plan.modes().stream()
                .filter(mode -> !resume.isFinished(group.chainKey(runId, mode))).toList();
        if (pending.isEmpty()) {
            return;
        }
        Attempt stored = resume.sharedFirstAttempts().get(group);
        RecordedAttempt first;
        if (stored != null) {
            first = maker.reused(stored, group);
        } else {
            first = maker.first(task, group, plan.modes().size() > 1);
            progress.attemptMade();
        }
        for (Mode mode : pending) {
            runChain(task, group, mode, first);
        }
    }

    private void runChain(IfevalTask task, RolloutGroup group, Mode mode, RecordedAttempt first) {
        maker.checkCancelled();
        ChainKey key = group.chainKey(runId, mode);
        sink.chainStarted(key);
        sink.attemptRecorded(key, first);
        List<ChainAttempt> attempts = new ArrayList<>();
        attempts.add(toChainAttempt(first));
        while (true) {
            Optional<NextStep> step = mode.next(new ChainProgress(task, attempts));
            if (step.isEmpty()) {
                break;
            }
            ChainAttempt parent = attempts.get(step.get().parentIndex());
            RecordedAttempt made = maker.next(task, group, attempts.size(), step.get(), parent);
            progress.attemptMade();
            sink.attemptRecorded(key, made);
            attempts.add(toChainAttempt(made));
        }
        int finalIndex = ChainProgress.bestIndexOf(attempts);
        sink.chainFinished(key, finalIndex);
        progress.chainFinished(mode.wireName(), attempts.get(finalIndex).score().allStrict());
    }

    private static ChainAttempt toChainAttempt(RecordedAttempt recorded) {
        Attempt a = recorded.attempt();
        return new ChainAttempt(a.index(), a.parentIndex(), a.strategy(), recorded.verifiedOutput(), a.verdicts(),
                a.error() != null);
    }
}
