package org.tracelab.core.run;

import java.util.Comparator;
import java.util.List;
import org.tracelab.core.verify.InstructionVerdict;

/**
 * An attempt's verifier outcome, ordered as Tracelab ranks answers (ADR 0017): first whether it follows every hard
 * instruction strictly (the prompt-level verdict; soft instructions do not decide it), then whether it follows every
 * hard one loosely, then how many instructions it follows strictly, soft ones included, then how many loosely.
 * Higher is better; equal outcomes are ties, and nothing else (not an id, not the order attempts were made in)
 * separates them here. An unverified attempt (a failed call) scores {@link #NONE}.
 */
public record AttemptScore(boolean allStrict, boolean allLoose, int strictPassed, int loosePassed)
        implements Comparable<AttemptScore> {

    public static final AttemptScore NONE = new AttemptScore(false, false, 0, 0);

    private static final Comparator<AttemptScore> ORDER = Comparator.comparing(AttemptScore::allStrict)
            .thenComparing(AttemptScore::allLoose)
            .thenComparingInt(AttemptScore::strictPassed)
            .thenComparingInt(AttemptScore::loosePassed);

    /** The score of these verdicts; {@link #NONE} when there are none (the attempt was not verified). */
    public static AttemptScore of(List<InstructionVerdict> verdicts) {
        if (verdicts.isEmpty()) {
            return NONE;
        }
        int strict = (int) verdicts.stream().filter(InstructionVerdict::strict).count();
        int loose = (int) verdicts.stream().filter(InstructionVerdict::loose).count();
        boolean allStrict = verdicts.stream().allMatch(v -> v.strict() || !v.hard());
        boolean allLoose = verdicts.stream().allMatch(v -> v.loose() || !v.hard());
        return new AttemptScore(allStrict, allLoose, strict, loose);
    }

    public boolean betterThan(AttemptScore other) {
        return compareTo(other) > 0;
    }

    @Override
    public int compareTo(AttemptScore other) {
        return ORDER.compare(this, other);
    }
}
