package org.tracelab.core.verify.declarative;

import java.util.ArrayList;
import java.util.List;
import org.tracelab.core.verify.constraint.AnalyzedText;
import org.tracelab.core.verify.constraint.CheckResult;
import org.tracelab.core.verify.constraint.Instruction;
import org.tracelab.core.verify.text.PythonStrings;
import org.tracelab.core.verify.text.Span;

/**
 * {@code rule:every_line_matches} and {@code rule:every_paragraph_matches}: every line (blank lines skipped
 * unless {@code skip_blank} is false) or every paragraph matches the pattern as a whole. Paragraph patterns
 * are compiled with {@code DOTALL}, so {@code .} also crosses the line breaks inside a paragraph.
 */
record EveryUnitRule(String id, Unit unit, UserPattern pattern, boolean skipBlank) implements Instruction {

    static final String EVERY_LINE = "rule:every_line_matches";
    static final String EVERY_PARAGRAPH = "rule:every_paragraph_matches";

    @Override
    public CheckResult check(AnalyzedText text) {
        String s = text.text();
        List<Span> failing = new ArrayList<>();
        int checked = 0;
        try {
            for (Span span : unit.spans(text)) {
                String content = span.of(s);
                if (skipBlank && PythonStrings.isBlank(content)) {
                    continue;
                }
                checked++;
                if (!pattern.matchesWhole(content)) {
                    failing.add(span);
                }
            }
        } catch (StepBudget.ExhaustedException e) {
            return CheckResult.fail(pattern.shown() + " needed more than " + StepBudget.MAX_STEPS + " steps on one "
                    + unit.singular() + "; simplify the pattern");
        }
        String explanation = failing.isEmpty()
                ? "all " + CountRange.count(checked, unit.singular(), unit.plural()) + " match " + pattern.shown()
                : failing.size() + " of " + CountRange.count(checked, unit.singular(), unit.plural()) + " do not match "
                        + pattern.shown();
        return CheckResult.of(failing.isEmpty(), failing, explanation);
    }

    @Override
    public String restatement() {
        return "Every " + unit.singular() + " of your response must match the regular expression " + pattern.shown()
                + " as a whole.";
    }
}
