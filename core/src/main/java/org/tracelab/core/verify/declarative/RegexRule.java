package org.tracelab.core.verify.declarative;

import java.util.List;
import org.tracelab.core.verify.constraint.AnalyzedText;
import org.tracelab.core.verify.constraint.CheckResult;
import org.tracelab.core.verify.constraint.Instruction;
import org.tracelab.core.verify.text.Span;

/**
 * {@code rule:regex}: the number of matches of a pattern lies in a range; {@code max_matches: 0} means the
 * response must not match at all. Matches are counted left to right without overlap unless
 * {@code overlapping} is set (then "aa" occurs 3 times in "aaaa").
 */
record RegexRule(UserPattern pattern, CountRange range, boolean overlapping) implements Instruction {

    static final String ID = "rule:regex";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public CheckResult check(AnalyzedText text) {
        List<Span> matches;
        try {
            matches = pattern.matches(text.text(), overlapping);
        } catch (StepBudget.ExhaustedException e) {
            return CheckResult.fail(pattern.shown() + " needed more than " + StepBudget.MAX_STEPS
                    + " steps on this response; simplify the pattern");
        }
        int n = matches.size();
        String explanation = "found " + CountRange.count(n, "match", "matches") + " of " + pattern.shown() + "; needs "
                + range.phrase("match", "matches");
        if (range.contains(n)) {
            return CheckResult.pass(explanation);
        }
        // Too many: the matches past the limit are what broke the rule.
        List<Span> evidence = range.tooMany(n) ? matches.subList(range.max().getAsInt(), n) : List.of();
        return CheckResult.fail(evidence, explanation);
    }

    @Override
    public String restatement() {
        if (range.max().isPresent() && range.max().getAsInt() == 0) {
            return "Your response must not contain any match of the regular expression " + pattern.shown() + ".";
        }
        return "Your response must contain " + range.phrase("match", "matches") + " of the regular expression "
                + pattern.shown() + ".";
    }
}
