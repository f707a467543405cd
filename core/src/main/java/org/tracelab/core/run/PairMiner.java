package org.tracelab.core.run;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Proposes DPO pairs from all attempts of one task in a run (the store feeds one task at a time). Rules:
 * chosen passes every instruction strictly and is neither gamed, a refusal nor truncated; rejected fails at
 * least one; the two texts differ (after stripping); each text pair is proposed once, however many chains
 * hold it (a shared first attempt is stored in each mode's chain). Preference: repair pairs (a failing attempt
 * and the attempt of its chain that repaired it) first, then pairs across chains, then other pairs within a
 * chain; among cross pairs, near misses first (the rejected attempt with the highest score teaches the one
 * rule it broke), and pairs reusing neither text before pairs that reuse one. At most
 * {@code maxPairsPerTask}. A pure function: deterministic for a given input order.
 */
public final class PairMiner {

    public static final int DEFAULT_MAX_PAIRS_PER_TASK = 4;

    private static final Comparator<PairCandidate> PREFERENCE = Comparator
            .comparing((PairCandidate p) -> p.rejected().score(), Comparator.reverseOrder())
            .thenComparing(p -> p.chosen().score(), Comparator.reverseOrder())
            .thenComparingLong(p -> p.chosen().attemptId())
            .thenComparingLong(p -> p.rejected().attemptId());

    private final int maxPairsPerTask;

    public PairMiner(int maxPairsPerTask) {
        if (maxPairsPerTask < 0) {
            throw new IllegalArgumentException("negative pair limit");
        }
        this.maxPairsPerTask = maxPairsPerTask;
    }

    public List<PairCandidate> mine(List<PairableAttempt> attempts) {
        Map<String, PairableAttempt> byPosition = new HashMap<>();
        attempts.forEach(a -> byPosition.put(a.chainId() + "/" + a.index(), a));
        List<PairCandidate> repairs = new ArrayList<>();
        List<PairCandidate> cross = new ArrayList<>();
        List<PairCandidate> sameChain = new ArrayList<>();
        for (PairableAttempt chosen : attempts) {
            if (!chosen.canBeChosen()) {
                continue;
            }
            PairableAttempt parent = chosen.parentIndex() == null ? null
                    : byPosition.get(chosen.chainId() + "/" + chosen.parentIndex());
            for (PairableAttempt rejected : attempts) {
                if (!rejected.canBeRejected()) {
                    continue;
                }
                PairCandidate.Kind kind = rejected == parent ? PairCandidate.Kind.REPAIR
                        : rejected.chainId() != chosen.chainId() ? PairCandidate.Kind.CROSS_CHAIN
                        : PairCandidate.Kind.SAME_CHAIN;
                PairCandidate pair = new PairCandidate(chosen, rejected, kind);
                (kind == PairCandidate.Kind.REPAIR ? repairs
                        : kind == PairCandidate.Kind.CROSS_CHAIN ? cross : sameChain).add(pair);
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
