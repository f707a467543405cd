package org.tracelab.core.verify.ifeval;

import java.util.List;
import java.util.stream.Collectors;
import org.tracelab.core.verify.constraint.Relation;

/** Wording shared by the restatements: fixed templates, so a restated prompt is the same for every run. */
final class Phrases {

    private Phrases() {}

    /** "fewer than 5 sentences" / "at least 5 sentences". */
    static String count(Relation relation, int target, String unit) {
        return (relation == Relation.LESS_THAN ? "fewer than " : "at least ") + target + " " + unit + "s";
    }

    /** "fewer than 3 times" / "at least 1 time". */
    static String times(Relation relation, int target) {
        return (relation == Relation.LESS_THAN ? "fewer than " : "at least ")
                + target
                + (target == 1 ? " time" : " times");
    }

    /** "\"a\", \"b\"". */
    static String quotedList(List<String> words) {
        return words.stream().map(w -> "\"" + w + "\"").collect(Collectors.joining(", "));
    }
}
