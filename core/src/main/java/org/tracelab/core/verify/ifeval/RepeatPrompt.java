package org.tracelab.core.verify.ifeval;

import java.util.List;
import org.tracelab.core.verify.constraint.AnalyzedText;
import org.tracelab.core.verify.constraint.CheckResult;
import org.tracelab.core.verify.constraint.Instruction;
import org.tracelab.core.verify.text.PythonStrings;
import org.tracelab.core.verify.text.Span;

/** {@code combination:repeat_prompt}: the stripped, lower-cased response starts with the request. */
public record RepeatPrompt(String promptToRepeat, String expected) implements Instruction {

    public static final String ID = "combination:repeat_prompt";

    public static RepeatPrompt of(String promptToRepeat) {
        return new RepeatPrompt(promptToRepeat, PythonStrings.lower(PythonStrings.strip(promptToRepeat)));
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String restatement() {
        return "Begin your response by repeating this request word for word, with nothing before it: \""
                + promptToRepeat.strip() + "\". Then give your answer.";
    }

    @Override
    public CheckResult check(AnalyzedText text) {
        String actual = PythonStrings.lower(text.stripped());
        if (actual.startsWith(expected)) {
            return CheckResult.pass("starts by repeating the request word for word");
        }
        int same = 0;
        int limit = Math.min(actual.length(), expected.length());
        while (same < limit && actual.charAt(same) == expected.charAt(same)) {
            same++;
        }
        // Point at where the repetition goes wrong (lower-casing rarely changes lengths; clamp to be safe).
        int at = Math.min(text.strippedOffset() + same, text.text().length());
        int end = Math.min(at + 1, text.text().length());
        return CheckResult.fail(
                List.of(new Span(at, end)),
                "does not start with the request: differs after " + Matches.plural(same, "character", "characters"));
    }
}
