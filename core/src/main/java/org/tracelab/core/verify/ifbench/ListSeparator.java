package org.tracelab.core.verify.ifbench;

import org.tracelab.core.verify.AnalyzedText;
import org.tracelab.core.verify.CheckResult;
import org.tracelab.core.verify.instruction.Instruction;
import org.tracelab.core.verify.text.PythonStrings;

/**
 * {@code format:list}: the separator {@code sep} occurs at least twice (non-overlapping, anywhere in the text, not
 * only at line starts).
 */
public record ListSeparator(String sep) implements Instruction {

    public static final String ID = "format:list";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public CheckResult check(AnalyzedText text) {
        int count = PythonStrings.count(text.text(), sep);
        String explanation = "\"" + sep + "\" occurs " + count + " times; needs at least 2";
        return count >= 2 ? CheckResult.pass(explanation) : CheckResult.fail(explanation);
    }

    public String restatement() {
        return "Answer as a list whose items are separated by \"" + sep + "\".";
    }
}
