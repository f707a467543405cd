package org.tracelab.core.verify.ifeval;

import java.util.List;
import org.tracelab.core.verify.constraint.AnalyzedText;
import org.tracelab.core.verify.constraint.CheckResult;
import org.tracelab.core.verify.constraint.Instruction;

/** {@code detectable_format:constrained_response}: contains "My answer is yes./no./maybe." (case-sensitive). */
public record ConstrainedResponse() implements Instruction {

    public static final String ID = "detectable_format:constrained_response";
    private static final List<String> ANSWERS = List.of("My answer is yes.", "My answer is no.", "My answer is maybe.");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String restatement() {
        return "Your answer must contain exactly one of: \"My answer is yes.\", \"My answer is no.\", "
                + "\"My answer is maybe.\"";
    }

    @Override
    public CheckResult check(AnalyzedText text) {
        for (String answer : ANSWERS) {
            if (text.stripped().contains(answer)) {
                return CheckResult.pass("contains \"" + answer + "\"");
            }
        }
        return CheckResult.fail("none of \"My answer is yes.\", \"My answer is no.\", \"My answer is maybe.\" found");
    }
}
