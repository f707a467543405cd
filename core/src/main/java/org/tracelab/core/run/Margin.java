package org.tracelab.core.run;

import java.util.Locale;
import java.util.Objects;

/**
 * How far one verifier outcome is above another: the first ranking criterion that separates them and how many
 * more instructions the better one follows, strictly and loosely (either may be zero or even negative when an
 * earlier criterion decided, e.g. an answer that follows every instruction loosely ranks above one that follows
 * more of them strictly but not all loosely).
 *
 * @param decidedBy           the first criterion on which the two differ
 * @param strictInstructions  instructions followed strictly by the better minus by the worse
 * @param looseInstructions   instructions followed loosely by the better minus by the worse
 */
public record Margin(Criterion decidedBy, int strictInstructions, int looseInstructions) {

    /** The ranking's criteria, in the order they are applied. */
    public enum Criterion {
        ALL_STRICT,
        ALL_LOOSE,
        STRICT_INSTRUCTIONS,
        LOOSE_INSTRUCTIONS;

        /** {@code all_strict}, {@code all_loose}, … as the manifest writes it. */
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public Margin {
        Objects.requireNonNull(decidedBy, "decidedBy");
    }

    /** The margin of {@code better} over {@code worse}; throws when {@code better} does not rank above it. */
    public static Margin between(AttemptScore better, AttemptScore worse) {
        if (!better.betterThan(worse)) {
            throw new IllegalArgumentException(better + " does not rank above " + worse + ": no margin");
        }
        Criterion criterion = better.allStrict() != worse.allStrict()
                ? Criterion.ALL_STRICT
                : better.allLoose() != worse.allLoose()
                        ? Criterion.ALL_LOOSE
                        : better.strictPassed() != worse.strictPassed()
                                ? Criterion.STRICT_INSTRUCTIONS
                                : Criterion.LOOSE_INSTRUCTIONS;
        return new Margin(
                criterion, better.strictPassed() - worse.strictPassed(), better.loosePassed() - worse.loosePassed());
    }

    /** E.g. {@code all strict; +2 strict, +1 loose}: what a person reads in the Pairs view. */
    public String describe() {
        String criterion = switch (decidedBy) {
            case ALL_STRICT -> "all strict";
            case ALL_LOOSE -> "all loose";
            case STRICT_INSTRUCTIONS -> "more strict";
            case LOOSE_INSTRUCTIONS -> "more loose";
        };
        return criterion + "; " + signed(strictInstructions) + " strict, " + signed(looseInstructions) + " loose";
    }

    private static String signed(int n) {
        return n > 0 ? "+" + n : String.valueOf(n);
    }
}
