package org.tracelab.core.verify.ifeval;

import java.util.ArrayList;
import java.util.List;
import org.tracelab.core.verify.constraint.AnalyzedText;
import org.tracelab.core.verify.constraint.CheckResult;
import org.tracelab.core.verify.constraint.Instruction;
import org.tracelab.core.verify.text.Span;

/** {@code startend:quotation}: the stripped response is wrapped in ASCII double quotes. */
public record Quotation() implements Instruction {

    public static final String ID = "startend:quotation";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String restatement() {
        return "Wrap your entire response in double quotation marks.";
    }

    @Override
    public CheckResult check(AnalyzedText text) {
        String s = text.stripped();
        boolean opens = s.length() > 1 && s.charAt(0) == '"';
        boolean closes = s.length() > 1 && s.charAt(s.length() - 1) == '"';
        if (opens && closes) {
            return CheckResult.pass("wrapped in double quotes");
        }
        int offset = text.strippedOffset();
        List<Span> evidence = new ArrayList<>();
        if (!opens && !s.isEmpty()) {
            evidence.add(new Span(offset, offset + Character.charCount(s.codePointAt(0))));
        }
        if (!closes && s.length() > 1) {
            int last = s.offsetByCodePoints(s.length(), -1);
            evidence.add(new Span(offset + last, offset + s.length()));
        }
        return CheckResult.fail(
                evidence,
                !opens && !closes
                        ? "does not start or end with a double quote"
                        : !opens ? "does not start with a double quote" : "does not end with a double quote");
    }
}
