package org.tracelab.core.verify.ifbench;

import java.util.List;
import org.tracelab.core.verify.constraint.AnalyzedText;
import org.tracelab.core.verify.constraint.CheckResult;
import org.tracelab.core.verify.constraint.Instruction;
import org.tracelab.core.verify.text.PythonStrings;

/**
 * {@code format:newline}: one word per line: with ASCII punctuation deleted and the text stripped, the number of
 * non-empty lines equals the number of whitespace words (a line of spaces is not empty here).
 */
public record Newline() implements Instruction {

    public static final String ID = "format:newline";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public CheckResult check(AnalyzedText text) {
        String cleaned = PythonStrings.strip(IfbenchText.removePunctuation(text.text()));
        List<String> lines = PythonStrings.split(cleaned, "\n").stream()
                .filter(line -> !line.isEmpty())
                .toList();
        int words = PythonStrings.split(cleaned).size();
        String explanation = "has " + lines.size() + " lines for " + words + " words; needs one word per line";
        return lines.size() == words ? CheckResult.pass(explanation) : CheckResult.fail(explanation);
    }

    @Override
    public String restatement() {
        return "Write each word on its own line.";
    }
}
