package org.tracelab.core.verify.ifbench;

import java.util.List;
import org.tracelab.core.verify.constraint.AnalyzedText;
import org.tracelab.core.verify.constraint.CheckResult;
import org.tracelab.core.verify.constraint.Instruction;
import org.tracelab.core.verify.text.PythonStrings;

/**
 * {@code format:sub-bullets}: as the reference decides it: every piece of the text after a {@code *} contains a
 * {@code -}. A text without {@code *} passes, and {@code **bold**} fails (an empty piece).
 */
public record SubBullets() implements Instruction {

    public static final String ID = "format:sub-bullets";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public CheckResult check(AnalyzedText text) {
        List<String> pieces = PythonStrings.split(text.text(), "*");
        for (int i = 1; i < pieces.size(); i++) {
            if (!pieces.get(i).contains("-")) {
                return CheckResult.fail("bullet " + i + " (after a *) has no - sub-bullet");
            }
        }
        return CheckResult.pass("every * bullet has a - sub-bullet");
    }

    @Override
    public String restatement() {
        return "Include bullet points denoted by * and at least one sub-bullet point denoted by - for each bullet point.";
    }
}
