package org.tracelab.core.export;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.tracelab.core.run.PairCandidate;
import org.tracelab.core.run.PairMiner;
import org.tracelab.core.run.RolloutAttempt;
import org.tracelab.core.run.RolloutRanker;
import org.tracelab.core.run.RolloutRanking;
import org.tracelab.core.run.TaskRollouts;
import org.tracelab.core.trace.Attempt;
import org.tracelab.core.trace.Curation;
import org.tracelab.core.trace.CurationState;
import org.tracelab.core.trace.CurationTarget;
import org.tracelab.core.trace.Message;
import org.tracelab.core.trace.TaskRecord;

/**
 * Turns one task's stored rollouts into export inputs, the one way both the export and the Pairs view do it: DPO
 * pairs mined from the ranking of each (task, seed), SFT and KTO examples in rank order, every text judged without
 * its reasoning blocks, every line carrying the system prompt its answer was produced under.
 */
public final class TrainingMaterial {

    private TrainingMaterial() {}

    /** The task's pairs as {@code miner} proposes them, each with its saved decision (absent: undecided). */
    public static List<PreferencePair> pairs(
            TaskRollouts task, PairMiner miner, Map<CurationTarget.PairTarget, Curation> decisions) {
        Map<Long, Attempt> byId = attemptsById(task);
        List<PreferencePair> pairs = new ArrayList<>();
        for (PairCandidate candidate : miner.mine(task.rolloutAttempts())) {
            RolloutAttempt chosen = candidate.chosen();
            RolloutAttempt rejected = candidate.rejected();
            CurationState curation = decisions
                    .getOrDefault(
                            new CurationTarget.PairTarget(chosen.attemptId(), rejected.attemptId()), Curation.NONE)
                    .state();
            TaskRecord record = task.task();
            pairs.add(new PreferencePair(
                    record.datasetKey(),
                    record.prompt(),
                    systemPrompt(byId.get(chosen.attemptId())),
                    chosen.text(),
                    rejected.text(),
                    candidate.strictGap(),
                    origin(candidate.kind()),
                    new PairRanking(candidate.chosenRank(), candidate.rejectedRank(), candidate.margin()),
                    flags(chosen.flags(), record),
                    flags(rejected.flags(), record),
                    new AttemptRef(task.runId(), chosen.chainId(), chosen.attemptId()),
                    new AttemptRef(task.runId(), rejected.chainId(), rejected.attemptId()),
                    curation));
        }
        return pairs;
    }

    /**
     * Every answered attempt with text as an SFT or KTO example, grouped by seed, in rank then rollout order, each
     * carrying its chain's curation and its rank.
     */
    public static List<ExportExample> examples(TaskRollouts task) {
        Map<Long, Attempt> byId = attemptsById(task);
        Map<Long, CurationState> curations = new HashMap<>();
        task.chains().forEach(chain -> curations.put(chain.chainId(), chain.curation()));
        TaskRecord record = task.task();
        List<ExportExample> examples = new ArrayList<>();
        for (RolloutRanking ranking : new RolloutRanker().rank(task.rolloutAttempts())) {
            for (RolloutAttempt attempt : ranking.attempts()) {
                if (attempt.text().isBlank()) {
                    continue;
                }
                examples.add(new ExportExample(
                        record.datasetKey(),
                        record.prompt(),
                        systemPrompt(byId.get(attempt.attemptId())),
                        attempt.text(),
                        attempt.score().allStrict(),
                        flags(attempt.flags(), record),
                        new AttemptRef(task.runId(), attempt.chainId(), attempt.attemptId()),
                        curations.get(attempt.chainId()),
                        RolloutRank.of(task.runId(), record.datasetKey(), ranking.seed(), ranking.rankOf(attempt))));
            }
        }
        return examples;
    }

    /**
     * The system prompt the attempt was asked under (a run's optional system prompt opens every request), or null:
     * an exported line then carries the same system message the answer was produced with.
     */
    public static String systemPrompt(Attempt attempt) {
        List<Message> request = attempt.request();
        return !request.isEmpty() && "system".equals(request.get(0).role())
                ? request.get(0).content()
                : null;
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

    private static Map<Long, Attempt> attemptsById(TaskRollouts task) {
        Map<Long, Attempt> byId = new HashMap<>();
        task.chains().forEach(chain -> chain.attempts().forEach(a -> byId.put(a.attemptId(), a.attempt())));
        return byId;
    }
}
