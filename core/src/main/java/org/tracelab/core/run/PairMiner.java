package org.tracelab.core.run;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tracelab.core.flags.FlagKind;

/**
 * Proposes DPO pairs from all answered attempts of one task in a run (the store feeds one task at a time), mined
 * from the {@link RolloutRanker}'s ranking of each (task, seed): chosen is a rank-1 attempt that passes every
 * instruction strictly and is neither gamed, a refusal nor truncated; rejected is an attempt of a strictly lower
 * rank of the same (task, seed); tied attempts are never paired, nor two equal texts (after stripping), and each
 * text pair is proposed once however many chains hold it (a shared first attempt is stored in each mode's chain).
 *
 * <p>Preference: repair pairs (a failing attempt and the attempt of its chain that repaired it) first, then pairs
 * across chains, then other pairs within a chain. Within each, pairs whose rejected text carries no quality flag
 * come first (an export leaves the others out by default, so they must not crowd a clean pair out of the limit),
 * then near misses (the rejected attempt with the best outcome teaches the one rule it broke), then rollout order;
 * among cross-chain and same-chain pairs, those reusing neither text before those that reuse one. At most
 * {@code maxPairsPerTask}. A pure function of its input.
 */
public final class PairMiner {

    public static final int DEFAULT_MAX_PAIRS_PER_TASK = 4;

    private static final Comparator<PairCandidate> PREFERENCE = Comparator.comparing(
                    (PairCandidate p) -> FlagKind.anyQuality(p.rejected().flags()))
            .thenComparing(p -> p.rejected().score(), Comparator.reverseOrder())
            .thenComparing(p -> p.chosen().score(), Comparator.reverseOrder())
            .thenComparing(PairCandidate::chosen, RolloutAttempt.ROLLOUT_ORDER)
            .thenComparing(PairCandidate::rejected, RolloutAttempt.ROLLOUT_ORDER);

    private final RolloutRanker ranker = new RolloutRanker();
    private final int maxPairsPerTask;

    public PairMiner(int maxPairsPerTask) {
        if (maxPairsPerTask < 0) {
            throw new IllegalArgumentException("negative pair limit");
        }
        this.maxPairsPerTask = maxPairsPerTask;
    }

    public List<PairCandidate> mine(List<RolloutAttempt> attempts) {
        List<PairCandidate> repairs = new ArrayList<>();
        List<PairCandidate> cross = new ArrayList<>();
        List<PairCandidate> sameChain = new ArrayList<>();
        for (RolloutRanking ranking : ranker.rank(attempts)) {
            Map<String, RolloutAttempt> byPosition = new HashMap<>();
            ranking.attempts().forEach(a -> byPosition.put(a.chainId() + "/" + a.index(), a));
            RankLevel best = ranking.levels().get(0);
            for (RolloutAttempt chosen : best.attempts()) {
                if (!chosen.canBeChosen()) {
                    continue;
                }
                RolloutAttempt parent = chosen.parentIndex() == null
                        ? null
                        : byPosition.get(chosen.chainId() + "/" + chosen.parentIndex());
                for (RankLevel lower : ranking.levels().subList(1, ranking.depth())) {
                    for (RolloutAttempt rejected : lower.attempts()) {
                        if (!rejected.canBeRejected()) {
                            continue;
                        }
                        PairCandidate.Kind kind = rejected == parent
                                ? PairCandidate.Kind.REPAIR
                                : rejected.chainId() != chosen.chainId()
                                        ? PairCandidate.Kind.CROSS_CHAIN
                                        : PairCandidate.Kind.SAME_CHAIN;
                        PairCandidate pair = new PairCandidate(
                                chosen,
                                rejected,
                                kind,
                                best.rank(),
                                lower.rank(),
                                ranking.margin(best.rank(), lower.rank()));
                        (kind == PairCandidate.Kind.REPAIR
                                        ? repairs
                                        : kind == PairCandidate.Kind.CROSS_CHAIN ? cross : sameChain)
                                .add(pair);
                    }
                }
            }
        }
        repairs.sort(PREFERENCE);
        cross.sort(PREFERENCE);
        sameChain.sort(PREFERENCE);
        Selection selection = new Selection(maxPairsPerTask);
        selection.addAll(repairs, false);
        selection.addAll(cross, true);
        selection.addAll(cross, false);
        selection.addAll(sameChain, true);
        selection.addAll(sameChain, false);
        return selection.pairs;
    }

    /** The pairs taken so far and the texts they use. */
    private static final class Selection {

        private final int limit;
        private final List<PairCandidate> pairs = new ArrayList<>();
        private final Set<List<String>> textPairs = new HashSet<>();
        private final Set<String> usedTexts = new HashSet<>();

        Selection(int limit) {
            this.limit = limit;
        }

        void addAll(List<PairCandidate> candidates, boolean freshTextsOnly) {
            for (PairCandidate pair : candidates) {
                if (pairs.size() >= limit) {
                    return;
                }
                String chosen = pair.chosen().text().strip();
                String rejected = pair.rejected().text().strip();
                if (chosen.equals(rejected) || textPairs.contains(List.of(chosen, rejected))) {
                    continue;
                }
                if (freshTextsOnly && (usedTexts.contains(chosen) || usedTexts.contains(rejected))) {
                    continue;
                }
                pairs.add(pair);
                textPairs.add(List.of(chosen, rejected));
                usedTexts.add(chosen);
                usedTexts.add(rejected);
            }
        }
    }
}
