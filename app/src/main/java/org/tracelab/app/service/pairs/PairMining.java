package org.tracelab.app.service.pairs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tracelab.app.service.pairs.RunTasks.TaskAttempts;
import org.tracelab.core.run.PairCandidate;
import org.tracelab.core.run.PairMiner;
import org.tracelab.core.run.TaskRollouts;
import org.tracelab.storage.StoredAttempt;
import org.tracelab.storage.query.ChainSummary;

/**
 * The one way Tracelab mines DPO pairs from a stored task: the task's rollouts as core reads them
 * ({@link TaskRollouts}: reasoning removed, ranked per (task, seed)), the pairs chosen by {@link PairMiner}. Export
 * and the Pairs view both use it.
 */
public final class PairMining {

    private final PairMiner miner;

    public PairMining(int maxPairsPerTask) {
        this.miner = new PairMiner(maxPairsPerTask);
    }

    public PairMiner miner() {
        return miner;
    }

    public List<PairCandidate> mine(TaskAttempts task) {
        return miner.mine(rollouts(task).rolloutAttempts());
    }

    /** The task's chains and answered attempts in core's terms. */
    public static TaskRollouts rollouts(TaskAttempts task) {
        Map<Long, List<TaskRollouts.Answer>> byChain = new LinkedHashMap<>();
        task.chains().keySet().forEach(id -> byChain.put(id, new ArrayList<>()));
        for (StoredAttempt stored : task.attempts()) {
            byChain.computeIfAbsent(stored.chainId(), id -> new ArrayList<>())
                    .add(new TaskRollouts.Answer(stored.id(), stored.attempt()));
        }
        List<TaskRollouts.Chain> chains = new ArrayList<>();
        byChain.forEach((id, answers) -> {
            ChainSummary chain = task.chains().get(id);
            chains.add(new TaskRollouts.Chain(
                    id,
                    chain.mode(),
                    chain.seed(),
                    chain.fork(),
                    chain.finalAttemptIndex(),
                    chain.curation(),
                    answers));
        });
        return new TaskRollouts(task.runId(), task.task(), chains);
    }

    /** The text an attempt contributes to a dataset: its output without reasoning blocks. */
    public static String answer(String output) {
        return TaskRollouts.answerText(output);
    }
}
