package org.tracelab.core.run;

import java.util.List;
import java.util.Objects;
import org.tracelab.core.dataset.IfevalTask;

/** A chain's attempts so far, in order; never empty (the first attempt is made before any mode decides). */
public record ChainProgress(IfevalTask task, List<ChainAttempt> attempts) {

    public ChainProgress {
        Objects.requireNonNull(task, "task");
        attempts = List.copyOf(attempts);
        if (attempts.isEmpty()) {
            throw new IllegalArgumentException("a chain in progress has at least its first attempt");
        }
    }

    public int size() {
        return attempts.size();
    }

    public ChainAttempt latest() {
        return attempts.get(attempts.size() - 1);
    }

    /**
     * The best attempt by verifier outcome ({@link AttemptScore}, the order {@link RolloutRanker} ranks by); among
     * tied attempts the earliest, so a repair replaces an answer only by improving on it and a chain never ends
     * below its first attempt.
     */
    public ChainAttempt best() {
        return attempts.get(bestIndexOf(attempts));
    }

    /** How many of the latest attempts in a row did not beat the best score before them. */
    public int attemptsWithoutGain() {
        int streak = 0;
        AttemptScore best = attempts.get(0).score();
        for (int i = 1; i < attempts.size(); i++) {
            AttemptScore score = attempts.get(i).score();
            if (score.betterThan(best)) {
                best = score;
                streak = 0;
            } else {
                streak++;
            }
        }
        return streak;
    }

    /** Index of the best attempt by verifier outcome; among tied attempts the earliest (see {@link #best()}). */
    public static int bestIndexOf(List<ChainAttempt> attempts) {
        int best = 0;
        for (int i = 1; i < attempts.size(); i++) {
            if (attempts.get(i).score().betterThan(attempts.get(best).score())) {
                best = i;
            }
        }
        return best;
    }
}
