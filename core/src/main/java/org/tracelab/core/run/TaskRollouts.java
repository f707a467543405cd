package org.tracelab.core.run;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.tracelab.core.model.ReasoningFilter;
import org.tracelab.core.trace.Attempt;
import org.tracelab.core.trace.CurationState;
import org.tracelab.core.trace.TaskRecord;

/**
 * One task of a run with its chains and their attempts as stored: what the ranking, pair mining and the training
 * exports read, one task at a time.
 *
 * @param chains the task's chains, in store order
 */
public record TaskRollouts(long runId, TaskRecord task, List<Chain> chains) {

    /** Exported texts are judged without reasoning blocks, whatever the run verified. Immutable, so shared. */
    private static final ReasoningFilter REASONING = ReasoningFilter.enabled();

    /**
     * One chain of the task.
     *
     * @param seed              the chain seed, null when unknown
     * @param finalAttemptIndex the attempt whose verdicts count, null while the chain is unfinished
     * @param curation          a person's decision about the chain; {@code NONE} when undecided
     * @param attempts          its attempts in index order (failed calls included; they are never ranked)
     */
    public record Chain(
            long chainId,
            String mode,
            Long seed,
            int fork,
            Integer finalAttemptIndex,
            CurationState curation,
            List<Answer> attempts) {

        public Chain {
            Objects.requireNonNull(mode, "mode");
            Objects.requireNonNull(curation, "curation");
            attempts = List.copyOf(attempts);
        }
    }

    /** A stored attempt with the id the store gave it. */
    public record Answer(long attemptId, Attempt attempt) {

        public Answer {
            Objects.requireNonNull(attempt, "attempt");
        }

        /** Verified and not a failed call: only such attempts are ranked, paired or exported. */
        public boolean answered() {
            return attempt.error() == null && !attempt.verdicts().isEmpty();
        }
    }

    public TaskRollouts {
        Objects.requireNonNull(task, "task");
        chains = List.copyOf(chains);
    }

    /** The answered attempts of every chain as the ranker sees them, each text without its reasoning blocks. */
    public List<RolloutAttempt> rolloutAttempts() {
        List<RolloutAttempt> attempts = new ArrayList<>();
        for (Chain chain : chains) {
            for (Answer answer : chain.attempts()) {
                if (answer.answered()) {
                    Attempt attempt = answer.attempt();
                    attempts.add(new RolloutAttempt(
                            answer.attemptId(),
                            chain.chainId(),
                            chain.mode(),
                            chain.seed(),
                            chain.fork(),
                            attempt.index(),
                            attempt.parentIndex(),
                            answerText(attempt.output()),
                            AttemptScore.of(attempt.verdicts()),
                            attempt.flags()));
                }
            }
        }
        return attempts;
    }

    /**
     * Each finished chain's rank within its (task, seed): the rank of its final attempt among every ranked attempt
     * of the (task, seed) ({@link RolloutRanker}), keyed by chain id. Unfinished chains, and chains whose final
     * attempt was not answered, have none.
     */
    public Map<Long, ChainRank> chainRanks() {
        Map<Long, RolloutRanking> bySeed = new RolloutRanker().bySeed(rolloutAttempts());
        Map<Long, ChainRank> ranks = new LinkedHashMap<>();
        for (Chain chain : chains) {
            RolloutRanking ranking = bySeed.get(chain.seed());
            if (ranking == null || chain.finalAttemptIndex() == null) {
                continue;
            }
            ranking.rankOf(chain.chainId(), chain.finalAttemptIndex())
                    .ifPresent(rank -> ranks.put(chain.chainId(), new ChainRank(chain.seed(), rank, ranking.depth())));
        }
        return ranks;
    }

    /** The text an attempt contributes to a dataset: its output without reasoning blocks. */
    public static String answerText(String output) {
        return REASONING.answerOf(output);
    }
}
