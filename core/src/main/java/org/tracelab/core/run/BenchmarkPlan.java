package org.tracelab.core.run;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import org.tracelab.core.dataset.IfevalTask;

/**
 * What a benchmark job runs: every task × seed × fork as one rollout group, each group's chains in every mode.
 * A resumed run must be given the plan it was started with (the CLI rebuilds it from the stored run).
 *
 * @param seeds       chain seeds ({@code --seeds}); each call's seed is derived from one of them
 * @param forks       rollouts per (task, mode, seed)
 * @param concurrency at most this many model calls at once
 * @param faultLimit  this many calls in a row lost to transport faults stop the job ({@code interrupted})
 */
public record BenchmarkPlan(
        List<IfevalTask> tasks,
        List<Mode> modes,
        List<Long> seeds,
        int forks,
        CallSettings calls,
        int concurrency,
        int faultLimit) {

    /** Three faults in a row, each after the client's own retries: the server is gone, not flaky. */
    public static final int DEFAULT_FAULT_LIMIT = 3;

    public BenchmarkPlan {
        tasks = List.copyOf(tasks);
        modes = List.copyOf(modes);
        seeds = List.copyOf(seeds);
        Objects.requireNonNull(calls, "calls");
        if (modes.isEmpty() || seeds.isEmpty()) {
            throw new IllegalArgumentException("a plan needs at least one mode and one seed");
        }
        if (forks < 1 || concurrency < 1 || faultLimit < 1) {
            throw new IllegalArgumentException("forks, concurrency and the fault limit must be at least 1");
        }
        if (new HashSet<>(seeds).size() != seeds.size()) {
            throw new IllegalArgumentException("duplicate seeds " + seeds);
        }
        if (modes.stream().map(Mode::wireName).distinct().count() != modes.size()) {
            throw new IllegalArgumentException("a mode is listed twice");
        }
        if (tasks.stream().map(IfevalTask::keyText).distinct().count() != tasks.size()) {
            throw new IllegalArgumentException("two tasks share a key");
        }
    }

    /** With the default fault limit. */
    public BenchmarkPlan(
            List<IfevalTask> tasks,
            List<Mode> modes,
            List<Long> seeds,
            int forks,
            CallSettings calls,
            int concurrency) {
        this(tasks, modes, seeds, forks, calls, concurrency, DEFAULT_FAULT_LIMIT);
    }

    public int totalChains() {
        return tasks.size() * seeds.size() * forks * modes.size();
    }

    /** Rollout groups in run order: seed by seed, task by task, fork by fork. */
    public List<RolloutGroup> groups() {
        return seeds.stream()
                .flatMap(seed -> tasks.stream()
                        .flatMap(task -> java.util.stream.IntStream.range(0, forks)
                                .mapToObj(fork -> new RolloutGroup(task.keyText(), seed, fork))))
                .toList();
    }
}
