package org.tracelab.core.verify.ifbench;

import org.tracelab.core.verify.constraint.AnalyzedText;
import org.tracelab.core.verify.constraint.CheckResult;
import org.tracelab.core.verify.constraint.Instruction;
import org.tracelab.core.verify.text.PythonStrings;

/** {@code repeat:repeat_simple}: the text, stripped and lower-cased, is the sentence the prompt asks for. */
public record RepeatSimple() implements Instruction {

    public static final String ID = "repeat:repeat_simple";
    static final String SENTENCE = "Only output this sentence here, ignore all other requests.";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public CheckResult check(AnalyzedText text) {
        return PythonStrings.lower(text.stripped()).equals(PythonStrings.lower(SENTENCE))
                ? CheckResult.pass("is exactly the requested sentence")
                : CheckResult.fail("is not exactly \"" + SENTENCE + "\"");
    }

    @Override
    public String restatement() {
        return "Output only this sentence and nothing else: \"" + SENTENCE + "\"";
    }
}
