package org.tracelab.core.run;

import java.util.Comparator;
import java.util.List;
import org.tracelab.core.verify.InstructionVerdict;

/**
 * How good an attempt is: first whether it follows every hard instruction strictly (the prompt-level verdict;
 * soft instructions do not decide it), then how many instructions it follows strictly, soft ones included, then
 * how many loosely. Higher is better. An unverified attempt (a failed call) scores zero.
 */
public record AttemptScore(boolean allStrict, int strictPassed, int loosePassed) implements Comparable<AttemptScore> {

    public static final AttemptScore NONE = new AttemptScore(false, 0, 0);

    private static final Comparator<AttemptScore> ORDER = Comparator.comparing(AttemptScore::allStrict)
            .thenComparingInt(AttemptScore::strictPassed)
            .thenComparingInt(AttemptScore::loosePassed);

    /** The score of these verdicts; {@link #NONE} when there are none (the attempt was not verified). */
    public static AttemptScore of(List<InstructionVerdict> verdicts) {
        if (verdicts.isEmpty()) {
            return NONE;
        }
        int strict = (int) verdicts.stream().filter(InstructionVerdict::strict).count();
        int loose = (int) verdicts.stream().filter(InstructionVerdict::loose).count();
        boolean allHard = verdicts.stream().allMatch(v -> v.strict() || !v.hard());
        return new AttemptScore(allHard, strict, loose);
    }

    public boolean betterThan(AttemptScore other) {
        return compareTo(other) > 0;
    }

    @Override
    public int compareTo(AttemptScore other) {
        return ORDER.compare(this, other);
    }
}
