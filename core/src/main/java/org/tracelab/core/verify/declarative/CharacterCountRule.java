package org.tracelab.core.verify.declarative;

import java.util.List;
import org.tracelab.core.verify.constraint.AnalyzedText;
import org.tracelab.core.verify.constraint.CheckResult;
import org.tracelab.core.verify.constraint.Instruction;
import org.tracelab.core.verify.text.Span;

/**
 * {@code rule:character_count}: Unicode code points (an emoji is one, {@code \r\n} is one), whitespace
 * left out when {@code ignore_whitespace} is set. When the response is too long, the text past the limit is the
 * evidence.
 */
record CharacterCountRule(CountRange range, boolean ignoreWhitespace) implements Instruction {

    static final String ID = "rule:character_count";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public CheckResult check(AnalyzedText text) {
        String s = text.text();
        int n = TextUnits.characters(s, ignoreWhitespace);
        String unit = ignoreWhitespace ? " (whitespace not counted)" : "";
        String explanation = "found " + CountRange.count(n, "character", "characters") + unit + "; needs "
                + range.phrase("character", "characters");
        if (range.contains(n)) {
            return CheckResult.pass(explanation);
        }
        List<Span> evidence = range.tooMany(n)
                ? List.of(new Span(
                        TextUnits.offsetOfCharacter(
                                s, ignoreWhitespace, range.max().getAsInt()),
                        s.length()))
                : List.of();
        return CheckResult.fail(evidence, explanation);
    }

    @Override
    public String restatement() {
        return "Your response must be " + range.phrase("character", "characters") + " long"
                + (ignoreWhitespace ? ", not counting whitespace." : ".");
    }
}
