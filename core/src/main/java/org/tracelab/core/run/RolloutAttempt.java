package org.tracelab.core.run;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.tracelab.core.flags.FlagNames;

/**
 * One answered attempt of a task's rollouts, as {@link RolloutRanker} and {@link PairMiner} need it: where it sits
 * (chain, mode, seed, fork, index), its text and verifier outcome, and its flags.
 *
 * @param attemptId   the store's attempt id
 * @param chainId     the store's chain id
 * @param seed        the chain seed; null when unknown (some imports): such attempts form one group of their own
 * @param parentIndex the attempt of the same chain it reacts to, null for a first attempt
 * @param text        the answer as it would be exported (reasoning removed)
 * @param flags       the attempt's own flags ({@code truncated}, {@code gamed:…}, {@code shared:…}…)
 */
public record RolloutAttempt(
        long attemptId,
        long chainId,
        String mode,
        Long seed,
        int fork,
        int index,
        Integer parentIndex,
        String text,
        AttemptScore score,
        List<String> flags) {

    /**
     * Rollout order, used to list attempts and to pick among tied ones where one must be picked (SFT's best of N):
     * earlier attempts first (an answer that needed no repair), then by fork, then by mode name. It never
     * changes a rank.
     */
    public static final Comparator<RolloutAttempt> ROLLOUT_ORDER = Comparator.comparing(
                    RolloutAttempt::seed, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparingInt(RolloutAttempt::index)
            .thenComparingInt(RolloutAttempt::fork)
            .thenComparing(RolloutAttempt::mode);

    public RolloutAttempt {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(score, "score");
        flags = List.copyOf(flags);
    }

    /** May be the preferred side: passes every instruction strictly, has text, not gamed, refused or truncated. */
    public boolean canBeChosen() {
        return score.allStrict() && !text.isBlank() && flags.stream().noneMatch(FlagNames::disqualifiesChosen);
    }

    /** May be the dispreferred side: an answer (not blank) that fails at least one instruction. */
    public boolean canBeRejected() {
        return !score.allStrict() && !text.isBlank();
    }
}
