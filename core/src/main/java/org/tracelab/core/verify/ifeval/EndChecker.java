package org.tracelab.core.verify.ifeval;

import java.util.List;
import org.tracelab.core.verify.constraint.AnalyzedText;
import org.tracelab.core.verify.constraint.CheckResult;
import org.tracelab.core.verify.constraint.Instruction;
import org.tracelab.core.verify.text.PythonStrings;
import org.tracelab.core.verify.text.Span;

/**
 * {@code startend:end_checker}: the stripped response, with any double quotes around it removed,
 * ends with the phrase, ignoring case.
 */
public record EndChecker(String endPhrase, String expected) implements Instruction {

    public static final String ID = "startend:end_checker";

    public static EndChecker of(String endPhrase) {
        return new EndChecker(endPhrase, PythonStrings.lower(PythonStrings.strip(endPhrase)));
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String restatement() {
        return "Finish your response with the exact phrase \"" + endPhrase.strip() + "\"; nothing may follow it.";
    }

    @Override
    public CheckResult check(AnalyzedText text) {
        String s = text.text();
        int start = text.strippedOffset();
        int end = PythonStrings.stripEnd(s, start);
        while (start < end && s.charAt(start) == '"') {
            start++;
        }
        while (end > start && s.charAt(end - 1) == '"') {
            end--;
        }
        String tail = PythonStrings.lower(s.substring(start, end));
        if (tail.endsWith(expected)) {
            return CheckResult.pass("ends with \"" + endPhrase + "\"");
        }
        // The place where the phrase should have been: the last characters of the answer.
        int from = Math.max(start, end - expected.length());
        return CheckResult.fail(List.of(new Span(from, end)), "does not end with \"" + endPhrase + "\"");
    }
}
