package org.tracelab.core.verify.ifeval;

import java.util.ArrayList;
import java.util.List;
import org.tracelab.core.verify.constraint.AnalyzedText;
import org.tracelab.core.verify.constraint.CheckResult;
import org.tracelab.core.verify.constraint.Instruction;
import org.tracelab.core.verify.text.PythonStrings;
import org.tracelab.core.verify.text.Span;

/**
 * {@code combination:two_responses}: split on six asterisks; an empty part is allowed only first or
 * last; exactly two non-empty parts that differ once stripped.
 */
public record TwoResponses() implements Instruction {

    public static final String ID = "combination:two_responses";
    private static final String SEPARATOR = "******";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String restatement() {
        return "Give two different responses, separated by a line of six asterisks: ******.";
    }

    @Override
    public CheckResult check(AnalyzedText text) {
        String s = text.text();
        List<Span> parts = new ArrayList<>();
        int from = 0;
        for (int at = s.indexOf(SEPARATOR); at >= 0; at = s.indexOf(SEPARATOR, from)) {
            parts.add(new Span(from, at));
            from = at + SEPARATOR.length();
        }
        parts.add(new Span(from, s.length()));

        List<String> answers = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            String part = parts.get(i).of(s);
            if (PythonStrings.isBlank(part)) {
                if (i != 0 && i != parts.size() - 1) {
                    return CheckResult.fail(
                            List.of(new Span(
                                    parts.get(i).start() - SEPARATOR.length(),
                                    parts.get(i).end() + SEPARATOR.length())),
                            "an empty response between ****** separators");
                }
            } else {
                answers.add(part);
            }
        }
        if (answers.size() != 2) {
            return CheckResult.fail("found " + Matches.plural(answers.size(), "response", "responses")
                    + " separated by ******; needs exactly 2");
        }
        if (PythonStrings.strip(answers.get(0)).equals(PythonStrings.strip(answers.get(1)))) {
            return CheckResult.fail("the two responses are identical");
        }
        return CheckResult.pass("two different responses separated by ******");
    }
}
