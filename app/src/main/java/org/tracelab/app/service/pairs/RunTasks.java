package org.tracelab.app.service.pairs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tracelab.app.service.TaskProgress;
import org.tracelab.core.trace.TaskRecord;
import org.tracelab.storage.StoredAttempt;
import org.tracelab.storage.TraceReader;
import org.tracelab.storage.query.ChainPage;
import org.tracelab.storage.query.ChainQuery;
import org.tracelab.storage.query.ChainSummary;
import org.tracelab.storage.query.PageRequest;

/**
 * Walks the tasks of runs one at a time: first the chains' summaries are paged and grouped by task (no texts),
 * then each task's answered attempts are read, handed on and forgotten. Memory holds one task's texts at most.
 * Pair mining for export and for the Pairs view both go through here, so both see the same pairs.
 */
public final class RunTasks {

    private static final int PAGE = 500;

    /** A task of a run and its chains in chain id order, before any text is read. */
    public record TaskChains(long runId, String taskKey, List<ChainSummary> chains) {}

    /**
     * One task with its chains and its answered (verified, not failed) attempts, in chain id then index order.
     *
     * @param chains the task's chains by chain id
     */
    public record TaskAttempts(
            long runId, TaskRecord task, Map<Long, ChainSummary> chains, List<StoredAttempt> attempts) {}

    /** What to do with each task. */
    @FunctionalInterface
    public interface TaskSink {
        void accept(TaskAttempts task);
    }

    private final TraceReader reader;

    public RunTasks(TraceReader reader) {
        this.reader = reader;
    }

    /**
     * The tasks of the runs, grouped from chain summaries in chain id order; with {@code instructionIds}, only
     * tasks having one of them (the chains of a task share its instructions, so whole tasks are kept or left).
     */
    public List<TaskChains> tasks(List<Long> runIds, Set<String> instructionIds) {
        List<TaskChains> tasks = new ArrayList<>();
        for (long runId : runIds) {
            Map<String, List<ChainSummary>> byTask = new LinkedHashMap<>();
            ChainQuery query = ChainQuery.all().withRuns(runId).withInstructions(instructionIds.toArray(String[]::new));
            PageRequest page = PageRequest.first(PAGE);
            while (page != null) {
                ChainPage chains = reader.chains(query, page);
                chains.rows()
                        .forEach(chain -> byTask.computeIfAbsent(chain.datasetKey(), k -> new ArrayList<>())
                                .add(chain));
                page = chains.next();
            }
            byTask.forEach((key, chains) -> tasks.add(new TaskChains(runId, key, List.copyOf(chains))));
        }
        return tasks;
    }

    /** Reads each task's attempts in turn and hands them to {@code sink}, reporting progress after each task. */
    public void forEach(List<TaskChains> tasks, TaskProgress progress, TaskSink sink) {
        int done = 0;
        for (TaskChains task : tasks) {
            sink.accept(read(task));
            progress.tasksDone(++done, tasks.size());
        }
    }

    private TaskAttempts read(TaskChains task) {
        TaskRecord record = reader.task(task.runId(), task.taskKey())
                .orElseThrow(() -> new IllegalStateException(
                        "run " + task.runId() + " has chains of task " + task.taskKey() + " but no such task"));
        Map<Long, ChainSummary> chains = new LinkedHashMap<>();
        List<StoredAttempt> attempts = new ArrayList<>();
        for (ChainSummary chain : task.chains()) {
            chains.put(chain.chainId(), chain);
            for (StoredAttempt attempt : reader.attempts(chain.chainId())) {
                if (attempt.attempt().error() == null
                        && !attempt.attempt().verdicts().isEmpty()) {
                    attempts.add(attempt);
                }
            }
        }
        return new TaskAttempts(task.runId(), record, chains, attempts);
    }
}
