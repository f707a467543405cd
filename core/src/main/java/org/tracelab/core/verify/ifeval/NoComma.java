package org.tracelab.core.verify.ifeval;

import java.util.ArrayList;
import java.util.List;
import org.tracelab.core.verify.constraint.AnalyzedText;
import org.tracelab.core.verify.constraint.CheckResult;
import org.tracelab.core.verify.constraint.Instruction;
import org.tracelab.core.verify.text.Span;

/** {@code punctuation:no_comma}: no ASCII comma anywhere. */
public record NoComma() implements Instruction {

    public static final String ID = "punctuation:no_comma";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String restatement() {
        return "Do not use any commas in your response.";
    }

    @Override
    public CheckResult check(AnalyzedText text) {
        String s = text.text();
        List<Span> commas = new ArrayList<>();
        for (int at = s.indexOf(','); at >= 0; at = s.indexOf(',', at + 1)) {
            commas.add(new Span(at, at + 1));
        }
        return commas.isEmpty()
                ? CheckResult.pass("no commas")
                : CheckResult.fail(
                        commas,
                        "found " + Matches.plural(commas.size(), "comma", "commas") + "; the instruction forbids any");
    }
}
