package org.tracelab.core.verify.ifbench;

import java.util.List;
import org.tracelab.core.verify.constraint.AnalyzedText;
import org.tracelab.core.verify.constraint.CheckResult;
import org.tracelab.core.verify.constraint.Instruction;
import org.tracelab.core.verify.text.PythonStrings;

/**
 * {@code repeat:repeat_change}: the request repeated with only its first word changed: the text is not the
 * request itself, and their whitespace words after the first are the same.
 */
public record RepeatChange(String promptToRepeat) implements Instruction {

    public static final String ID = "repeat:repeat_change";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public CheckResult check(AnalyzedText text) {
        if (text.text().equals(promptToRepeat)) {
            return CheckResult.fail("repeats the request without changing its first word");
        }
        return tail(text.text()).equals(tail(promptToRepeat))
                ? CheckResult.pass("repeats the request after its first word")
                : CheckResult.fail("does not repeat the request after its first word");
    }

    private static String tail(String s) {
        List<String> words = PythonStrings.split(s);
        return words.isEmpty() ? "" : String.join(" ", words.subList(1, words.size()));
    }

    @Override
    public String restatement() {
        return "Repeat the request \"" + promptToRepeat + "\" word for word, changing only its first word, and say "
                + "nothing else.";
    }
}
