package org.tracelab.core.verify.constraint;

import java.util.Optional;

/** How a count is compared with its target. IFEval uses exactly these two phrases. */
public enum Relation {
    LESS_THAN("less than"),
    AT_LEAST("at least");

    private final String phrase;

    Relation(String phrase) {
        this.phrase = phrase;
    }

    public String phrase() {
        return phrase;
    }

    public boolean holds(int actual, int target) {
        return this == LESS_THAN ? actual < target : actual >= target;
    }

    public static Optional<Relation> fromPhrase(String phrase) {
        for (Relation relation : values()) {
            if (relation.phrase.equals(phrase)) {
                return Optional.of(relation);
            }
        }
        return Optional.empty();
    }

    /** "needs fewer than 5" / "needs at least 5". */
    public String requirement(int target, String unit) {
        return this == LESS_THAN ? "needs fewer than " + target + " " + unit : "needs at least " + target + " " + unit;
    }
}
