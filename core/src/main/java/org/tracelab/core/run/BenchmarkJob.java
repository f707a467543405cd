package org.tracelab.core.run;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tracelab.core.dataset.IfevalTask;
import org.tracelab.core.flags.FeasibilityChecker;
import org.tracelab.core.flags.GamingDetector;
import org.tracelab.core.model.ChatModel;
import org.tracelab.core.model.ReasoningFilter;
import org.tracelab.core.trace.Flags;
import org.tracelab.core.trace.RunInfo;
import org.tracelab.core.trace.RunStatus;
import org.tracelab.core.verify.Verifier;

/**
 * Runs a {@link BenchmarkPlan} against a model and records everything in a {@link TraceSink}: every rollout
 * group on a pool of {@code concurrency} threads (one call in flight per thread, so at most that many calls at
 * once), the shared first attempt made once per group, each mode's chain to its end.
 *
 * <p>One job runs once: {@link #start} a new run or {@link #resume} a stored one; both block until the job
 * ends. {@link #cancel} (from any thread), or interrupting the thread blocked in {@code start}/{@code resume},
 * stops it: calls in flight are interrupted, chains in progress are left unfinished (never half-finished), the
 * run is marked {@code cancelled}, and a later {@code resume} continues exactly those chains.
 *
 * <p>Transport faults are not verdicts: a call the server failed after the client's retries is recorded as a
 * fault, its chain (and the rest of its group) stays unfinished, and the run ends {@code interrupted}; once
 * {@link BenchmarkPlan#faultLimit()} calls in a row have failed so, the job stops early. Unfinished chains are
 * in no rate; a resume continues them from their last recorded attempt with the same seeds, so the resumed run
 * holds the chains, attempts and rates of a run that was never interrupted.
 */
public final class BenchmarkJob {

    private static final Logger LOG = LoggerFactory.getLogger(BenchmarkJob.class);

    private final BenchmarkPlan plan;
    private final ChatModel model;
    private final Verifier verifier;
    private final ReasoningFilter reasoning;
    private final TraceSink sink;
    private final ProgressListener listener;
    private final Clock clock;
    private final AtomicBoolean used = new AtomicBoolean();
    /** Stops the workers: set by {@link #cancel}, by a failure and by too many faults in a row. */
    private final AtomicBoolean cancelled = new AtomicBoolean();

    private final AtomicBoolean cancelledByUser = new AtomicBoolean();
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private final AtomicReference<ExecutorService> workers = new AtomicReference<>();

    public BenchmarkJob(
            BenchmarkPlan plan,
            ChatModel model,
            Verifier verifier,
            ReasoningFilter reasoning,
            TraceSink sink,
            ProgressListener listener,
            Clock clock) {
        this.plan = Objects.requireNonNull(plan, "plan");
        this.model = Objects.requireNonNull(model, "model");
        this.verifier = Objects.requireNonNull(verifier, "verifier");
        this.reasoning = Objects.requireNonNull(reasoning, "reasoning");
        this.sink = Objects.requireNonNull(sink, "sink");
        this.listener = Objects.requireNonNull(listener, "listener");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Creates the run in the sink and runs the whole plan. */
    public JobOutcome start(RunDescription description) {
        claim();
        long runId = sink.runStarted(runInfo(description));
        return execute(runId, ResumeState.empty());
    }

    /** The run this job starts with {@code description}. */
    public RunInfo runInfo(RunDescription description) {
        return new RunInfo(
                description.name(),
                clock.instant(),
                null,
                RunStatus.RUNNING,
                description.model(),
                description.dataset(),
                plan.modes().stream().map(Mode::wireName).toList(),
                plan.seeds(),
                plan.forks(),
                verifier.version(),
                description.notes(),
                description.resumeHints());
    }

    /** Continues run {@code runId}, which must have been started with this plan, skipping its finished chains. */
    public JobOutcome resume(long runId) {
        claim();
        return execute(runId, sink.runResumed(runId));
    }

    /** Stops the job as soon as possible; safe to call from any thread, any number of times. */
    public void cancel() {
        cancelledByUser.set(true);
        if (cancelled.compareAndSet(false, true)) {
            LOG.info("benchmark job cancelled");
        }
        ExecutorService pool = workers.get();
        if (pool != null) {
            pool.shutdownNow();
        }
    }

    public boolean isCancelled() {
        return cancelledByUser.get();
    }

    private void claim() {
        if (!used.compareAndSet(false, true)) {
            throw new IllegalStateException("a benchmark job runs once; create a new one");
        }
    }

    private JobOutcome execute(long runId, ResumeState resume) {
        ProgressTracker progress = new ProgressTracker(plan, resume, listener, clock);
        FaultTally faults = new FaultTally(plan.faultLimit());
        try {
            registerTasks(runId);
            progress.report();
            runGroups(runId, resume, progress, faults);
        } catch (RuntimeException e) {
            failure.compareAndSet(null, e);
        }
        int unfinished = progress.totalChains() - progress.doneChains();
        RunStatus status = failure.get() != null
                ? RunStatus.FAILED
                : cancelledByUser.get()
                        ? RunStatus.CANCELLED
                        : faults.total() > 0 && unfinished > 0 ? RunStatus.INTERRUPTED : RunStatus.FINISHED;
        Optional<String> reason = Optional.ofNullable(failure.get()).map(Throwable::getMessage);
        try {
            sink.runFinished(runId, status, clock.instant());
        } catch (RuntimeException e) {
            LOG.error("could not record the end of run {}", runId, e);
            status = RunStatus.FAILED;
            reason = Optional.of(reason.orElse("") + (reason.isPresent() ? "; " : "") + e.getMessage());
        }
        LOG.info(
                "run {} {}: {} chains finished, {} skipped, {} unfinished, {} attempts, {} faults{}",
                runId,
                status.wireName(),
                progress.finishedThisSession(),
                progress.skipped(),
                unfinished,
                progress.attempts(),
                faults.total(),
                reason.map(r -> " (" + r + ")").orElse(""));
        return new JobOutcome(
                runId,
                status,
                progress.finishedThisSession(),
                progress.skipped(),
                progress.attempts(),
                reason,
                unfinished,
                faults.total(),
                faults.last());
    }

    private void registerTasks(long runId) {
        FeasibilityChecker feasibility = new FeasibilityChecker(plan.calls().maxTokens());
        // A context no larger than max_tokens leaves no room for any prompt: every task is cut short.
        boolean noRoom = model.contextTokens().isPresent()
                && model.contextTokens().getAsInt() <= plan.calls().maxTokens();
        if (noRoom) {
            LOG.warn(
                    "the server's context ({} tokens) cannot hold any prompt plus max_tokens {}: every task is "
                            + "flagged {}",
                    model.contextTokens().getAsInt(),
                    plan.calls().maxTokens(),
                    Flags.INFEASIBLE_CONTEXT);
        }
        for (IfevalTask task : plan.tasks()) {
            List<String> flags = new ArrayList<>(feasibility.check(task));
            if (noRoom) {
                flags.add(Flags.INFEASIBLE_CONTEXT);
            }
            sink.taskRegistered(runId, task.toRecord(flags.stream().sorted().toList()));
        }
    }

    private void runGroups(long runId, ResumeState resume, ProgressTracker progress, FaultTally faults) {
        AttemptMaker maker =
                new AttemptMaker(model, verifier, reasoning, new GamingDetector(), plan.calls(), clock, cancelled);
        GroupRunner runner = new GroupRunner(plan, runId, sink, maker, resume, progress, faults);
        Map<String, IfevalTask> tasks =
                plan.tasks().stream().collect(Collectors.toMap(IfevalTask::keyText, Function.identity()));
        ExecutorService pool = Executors.newFixedThreadPool(plan.concurrency(), threadFactory(runId));
        workers.set(pool);
        if (cancelled.get()) {
            pool.shutdownNow();
        }
        try {
            for (RolloutGroup group : plan.groups()) {
                if (runner.alreadyDone(group)) {
                    continue;
                }
                pool.execute(() -> runGroup(runner, tasks.get(group.taskKey()), group));
            }
        } catch (RejectedExecutionException e) {
            // Cancelled while submitting: the pool no longer takes work, which is what we want.
        }
        pool.shutdown();
        awaitWorkers(pool);
    }

    private void runGroup(GroupRunner runner, IfevalTask task, RolloutGroup group) {
        if (cancelled.get() || failure.get() != null) {
            return;
        }
        try {
            if (runner.run(task, group) == GroupRunner.Result.FAULT_LIMIT && !cancelled.getAndSet(true)) {
                LOG.warn(
                        "{} model calls in a row lost to transport faults: stopping the run; resume it once the "
                                + "server is back",
                        plan.faultLimit());
                stopWorkers();
            }
        } catch (JobCancelledException e) {
            // The chain in progress stays unfinished; resume redoes it.
        } catch (RuntimeException e) {
            if (failure.compareAndSet(null, e)) {
                LOG.error(
                        "benchmark job failed in task {} seed {} fork {}",
                        group.taskKey(),
                        group.seed(),
                        group.fork(),
                        e);
            }
            stopWorkers();
        }
    }

    private void stopWorkers() {
        cancelled.set(true);
        ExecutorService pool = workers.get();
        if (pool != null) {
            pool.shutdownNow();
        }
    }

    /** Waits for every worker; an interrupt of the waiting thread cancels the job, then waits on. */
    private void awaitWorkers(ExecutorService pool) {
        boolean interrupted = false;
        while (true) {
            try {
                if (pool.awaitTermination(1, TimeUnit.MINUTES)) {
                    break;
                }
            } catch (InterruptedException e) {
                interrupted = true;
                cancel();
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static ThreadFactory threadFactory(long runId) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "tracelab-run-" + runId + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
