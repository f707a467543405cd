package org.tracelab.core.verify.ifbench;

import java.util.ArrayList;
import java.util.List;
import org.tracelab.core.verify.constraint.AnalyzedText;
import org.tracelab.core.verify.constraint.CheckResult;
import org.tracelab.core.verify.constraint.Instruction;
import org.tracelab.core.verify.text.PythonStrings;

/**
 * {@code count:keywords_multiple}: the five keywords occur exactly 1, 2, 3, 5 and 7 times, counted as
 * non-overlapping substrings of the lower-cased text ({@code cat} is found in {@code catalog}). The keywords are
 * stripped when the instruction is built.
 */
public record KeywordsMultiple(List<String> keywords) implements Instruction {

    public static final String ID = "count:keywords_multiple";
    static final int[] REQUIRED = {1, 2, 3, 5, 7};

    public KeywordsMultiple {
        if (keywords.size() != REQUIRED.length) {
            throw new IllegalArgumentException("five keywords, got " + keywords.size());
        }
        keywords = keywords.stream().map(PythonStrings::strip).toList();
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public CheckResult check(AnalyzedText text) {
        List<String> counts = new ArrayList<>();
        boolean followed = true;
        for (int i = 0; i < REQUIRED.length; i++) {
            int count = PythonStrings.count(text.lower(), PythonStrings.lower(keywords.get(i)));
            followed &= count == REQUIRED[i];
            counts.add("\"" + keywords.get(i) + "\" " + count + "/" + REQUIRED[i]);
        }
        String explanation = "keyword counts found/needed: " + String.join(", ", counts);
        return followed ? CheckResult.pass(explanation) : CheckResult.fail(explanation);
    }

    @Override
    public String restatement() {
        return "Include the keyword \"" + keywords.get(0) + "\" once, \"" + keywords.get(1) + "\" twice, \""
                + keywords.get(2) + "\" three times, \"" + keywords.get(3) + "\" five times and \"" + keywords.get(4)
                + "\" seven times.";
    }
}
