package org.tracelab.core.verify.ifbench;

import org.tracelab.core.verify.constraint.AnalyzedText;
import org.tracelab.core.verify.constraint.CheckResult;
import org.tracelab.core.verify.constraint.Instruction;
import org.tracelab.core.verify.text.PythonStrings;

/**
 * {@code repeat:repeat_span}: the text is characters {@code nStart} to {@code nEnd} (inclusive, code points) of
 * the request, both stripped and compared case-insensitively.
 */
public record RepeatSpan(String promptToRepeat, int nStart, int nEnd) implements Instruction {

    public static final String ID = "repeat:repeat_span";

    @Override
    public String id() {
        return ID;
    }

    /** The characters to repeat: Python's {@code prompt_to_repeat[n_start:n_end + 1]}. */
    public String span() {
        return PythonStrings.slice(promptToRepeat, nStart, nEnd + 1);
    }

    @Override
    public CheckResult check(AnalyzedText text) {
        String wanted = PythonStrings.lower(PythonStrings.strip(span()));
        return PythonStrings.lower(text.stripped()).equals(wanted)
                ? CheckResult.pass("repeats exactly the requested span")
                : CheckResult.fail("is not exactly \"" + PythonStrings.strip(span()) + "\"");
    }

    @Override
    public String restatement() {
        return "Output only this span of the request, exactly as written, and nothing else: \""
                + PythonStrings.strip(span()) + "\"";
    }
}
