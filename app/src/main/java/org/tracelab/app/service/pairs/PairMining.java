package org.tracelab.app.service.pairs;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.tracelab.app.service.pairs.RunTasks.TaskAttempts;
import org.tracelab.core.export.PairOrigin;
import org.tracelab.core.model.ReasoningFilter;
import org.tracelab.core.run.AttemptScore;
import org.tracelab.core.run.PairCandidate;
import org.tracelab.core.run.PairMiner;
import org.tracelab.core.run.PairableAttempt;
import org.tracelab.core.trace.Attempt;
import org.tracelab.core.trace.Message;
import org.tracelab.core.trace.TaskRecord;

/**
 * The one way Tracelab mines DPO pairs from a stored task: each attempt judged on its answer with reasoning blocks
 * removed, the pairs chosen by {@link PairMiner}. Export and the Pairs view both use it.
 */
public final class PairMining {

    /** Immutable, so shared. */
    private static final ReasoningFilter REASONING = ReasoningFilter.enabled();
    private final PairMiner miner;

    public PairMining(int maxPairsPerTask) {
        this.miner = new PairMiner(maxPairsPerTask);
    }

    public List<PairCandidate> mine(TaskAttempts task) {
        return miner.mine(task.attempts().stream().map(a -> new PairableAttempt(a.id(), a.chainId(),
                a.attempt().index(), a.attempt().parentIndex(), answer(a.attempt().output()),
                AttemptScore.of(a.attempt().verdicts()), a.attempt().flags())).toList());
    }

    /** The text an attempt contributes to a dataset: its output without reasoning blocks. */
    public static String answer(String output) {
        return REASONING.answerOf(output);
    }

    /** How far apart a pair's two attempts are: instructions followed strictly. */
    /**
     * The system prompt the attempt was asked under (a run's optional system prompt opens every request), or null:
     * an exported line then carries the same system message the answer was produced with.
     */
    public static String systemPrompt(Attempt attempt) {
        List<Message> request = attempt.request();
        return !request.isEmpty() && "system".equals(request.get(0).role()) ? request.get(0).content() : null;
    }

    public static double scoreGap(PairCandidate pair) {
        return pair.chosen().score().strictPassed() - pair.rejected().score().strictPassed();
    }

    /** An attempt's flags plus its task's feasibility flags, which also concern the example. */
    public static Set<String> flags(List<String> attemptFlags, TaskRecord task) {
        Set<String> flags = new TreeSet<>(attemptFlags);
        flags.addAll(task.feasibilityFlags());
        return flags;
    }

    public static PairOrigin origin(PairCandidate.Kind kind) {
        return switch (kind) {
            case REPAIR -> PairOrigin.REPAIR;
            case CROSS_CHAIN -> PairOrigin.CROSS_CHAIN;
            case SAME_CHAIN -> PairOrigin.SAME_CHAIN;
        };
    }
}
