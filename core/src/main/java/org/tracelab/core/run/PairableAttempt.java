package org.tracelab.core.run;

import java.util.List;
import java.util.Objects;
import org.tracelab.core.flags.FlagNames;

/**
 * One stored attempt of a task, as {@link PairMiner} needs it.
 *
 * @param attemptId   the store's attempt id
 * @param chainId     the store's chain id
 * @param parentIndex the attempt of the same chain it reacts to, null for a first attempt
 * @param text        the answer as it would be exported (reasoning removed); empty for a failed call
 * @param flags       the attempt's flags ({@code truncated}, {@code gamed:…}, {@code refusal}…)
 */
public record PairableAttempt(long attemptId, long chainId, int index, Integer parentIndex, String text,
        AttemptScore score, List<String> flags) {

    public PairableAttempt {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(score, "score");
        flags = List.copyOf(flags);
    }

    /** May be the preferred side: passes every instruction strictly, not gamed, refused or truncated. */
    public boolean canBeChosen() {
        return score.allStrict() && !text.isBlank() && flags.stream().noneMatch(FlagNames::disqualifiesChosen);
    }

    /** May be the dispreferred side: an answer that fails at least one instruction. */
    public boolean canBeRejected() {
        return !score.allStrict() && !text.isBlank();
    }
}
