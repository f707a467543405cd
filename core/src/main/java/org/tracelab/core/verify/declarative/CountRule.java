package org.tracelab.core.verify.declarative;

import java.util.List;
import org.tracelab.core.verify.constraint.AnalyzedText;
import org.tracelab.core.verify.constraint.CheckResult;
import org.tracelab.core.verify.constraint.Instruction;
import org.tracelab.core.verify.text.Span;

/**
 * {@code rule:word_count}, {@code rule:sentence_count}, {@code rule:paragraph_count}: the number of units lies
 * in a range. When there are too many, the units past the limit are the evidence.
 */
record CountRule(String id, Unit unit, CountRange range) implements Instruction {

    @Override
    public CheckResult check(AnalyzedText text) {
        List<Span> units = unit.spans(text);
        int n = units.size();
        String explanation = "found " + CountRange.count(n, unit.singular(), unit.plural()) + "; needs "
                + range.phrase(unit.singular(), unit.plural());
        if (range.contains(n)) {
            return CheckResult.pass(explanation);
        }
        List<Span> evidence = range.tooMany(n)
                ? List.of(new Span(
                        units.get(range.max().getAsInt()).start(),
                        units.get(n - 1).end()))
                : List.of();
        return CheckResult.fail(evidence, explanation);
    }

    @Override
    public String restatement() {
        String what = range.phrase(unit.singular(), unit.plural());
        return unit == Unit.PARAGRAPHS
                ? "Your response must have " + what + ", separated by blank lines."
                : "Your response must contain " + what + ".";
    }
}
