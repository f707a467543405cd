package org.tracelab.core.verify.declarative;

import java.util.OptionalInt;
import org.tracelab.core.verify.constraint.InvalidInstructionException;
import org.tracelab.core.verify.constraint.Kwargs;

/**
 * An inclusive range of counts, {@code min} to {@code max}, either end open but not both.
 *
 * @param min the least allowed count, or empty for no lower bound
 * @param max the most allowed count, or empty for no upper bound
 */
record CountRange(OptionalInt min, OptionalInt max) {

    /** The range from the kwargs {@code minName} and {@code maxName}: non-negative, min ≤ max, at least one. */
    static CountRange of(Kwargs kwargs, String minName, String maxName, boolean requireOne)
            throws InvalidInstructionException {
        OptionalInt min = kwargs.optionalInteger(minName);
        OptionalInt max = kwargs.optionalInteger(maxName);
        if (requireOne && min.isEmpty() && max.isEmpty()) {
            throw kwargs.problem(minName, "give " + minName + ", " + maxName + " or both");
        }
        if (min.isPresent() && min.getAsInt() < 0) {
            throw kwargs.problem(minName, "must be 0 or more, got " + min.getAsInt());
        }
        if (max.isPresent() && max.getAsInt() < 0) {
            throw kwargs.problem(maxName, "must be 0 or more, got " + max.getAsInt());
        }
        if (min.isPresent() && max.isPresent() && min.getAsInt() > max.getAsInt()) {
            throw kwargs.problem(
                    maxName, "must not be below " + minName + " (" + min.getAsInt() + "), got " + max.getAsInt());
        }
        return new CountRange(min, max);
    }

    boolean contains(int n) {
        return (min.isEmpty() || n >= min.getAsInt()) && (max.isEmpty() || n <= max.getAsInt());
    }

    boolean tooMany(int n) {
        return max.isPresent() && n > max.getAsInt();
    }

    /** "between 3 and 5 words", "at least 3 words", "at most 5 words", "exactly 4 words", "no words". */
    String phrase(String singular, String plural) {
        if (max.isPresent() && max.getAsInt() == 0) {
            return "no " + plural;
        }
        if (max.isPresent() && (min.isEmpty() || min.getAsInt() == 0)) {
            return "at most " + count(max.getAsInt(), singular, plural);
        }
        if (min.isPresent() && max.isPresent()) {
            int lo = min.getAsInt();
            int hi = max.getAsInt();
            return lo == hi
                    ? "exactly " + count(lo, singular, plural)
                    : "between " + lo + " and " + count(hi, singular, plural);
        }
        return min.isPresent()
                ? "at least " + count(min.getAsInt(), singular, plural)
                : "at most " + count(max.getAsInt(), singular, plural);
    }

    static String count(int n, String singular, String plural) {
        return n + " " + (n == 1 ? singular : plural);
    }
}
