package org.tracelab.core.verify.ifbench;

import java.util.ArrayList;
import java.util.List;
import org.tracelab.core.verify.constraint.AnalyzedText;
import org.tracelab.core.verify.constraint.CheckResult;
import org.tracelab.core.verify.constraint.Instruction;
import org.tracelab.core.verify.text.PythonStrings;

/**
 * {@code custom:european_capitals_sort}: exactly the reference's 27 capitals, comma-separated, in its order (north
 * to south by latitude), compared case-sensitively after NFKD-to-ASCII folding ({@code Chișinău} is
 * {@code Chisinau}).
 */
public record EuropeanCapitalsSort() implements Instruction {

    public static final String ID = "custom:european_capitals_sort";
    static final List<String> CAPITALS = List.of(
            "Reykjavik",
            "Helsinki",
            "Oslo",
            "Tallinn",
            "Stockholm",
            "Riga",
            "Moscow",
            "Copenhagen",
            "Vilnius",
            "Minsk",
            "Dublin",
            "Berlin",
            "Amsterdam",
            "Warsaw",
            "London",
            "Brussels",
            "Prague",
            "Luxembourg",
            "Paris",
            "Vienna",
            "Bratislava",
            "Budapest",
            "Vaduz",
            "Chisinau",
            "Bern",
            "Ljubljana",
            "Zagreb");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public CheckResult check(AnalyzedText text) {
        List<String> names = new ArrayList<>();
        for (String piece : PythonStrings.split(PythonStrings.nfkdAscii(text.text()), ",")) {
            if (!PythonStrings.isBlank(piece)) {
                names.add(PythonStrings.strip(piece));
            }
        }
        if (names.size() != CAPITALS.size()) {
            return CheckResult.fail("lists " + names.size() + " names; needs the " + CAPITALS.size() + " capitals");
        }
        for (int i = 0; i < names.size(); i++) {
            if (!names.get(i).equals(CAPITALS.get(i))) {
                return CheckResult.fail(
                        "name " + (i + 1) + " is \"" + names.get(i) + "\"; needs \"" + CAPITALS.get(i) + "\"");
            }
        }
        return CheckResult.pass("lists the 27 capitals in the expected order");
    }

    @Override
    public String restatement() {
        return "List the capital cities of the European countries north of 45 degrees latitude, without country names, "
                + "separated by commas, sorted by latitude from highest to lowest.";
    }
}
