package org.tracelab.core.verify.ifbench;

import org.tracelab.core.verify.constraint.AnalyzedText;
import org.tracelab.core.verify.constraint.CheckResult;
import org.tracelab.core.verify.constraint.Instruction;
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

    @Override
    public String restatement() {
        return "Answer as a list whose items are separated by \"" + sep + "\".";
    }
}
