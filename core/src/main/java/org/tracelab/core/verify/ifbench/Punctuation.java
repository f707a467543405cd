package org.tracelab.core.verify.ifbench;

import java.util.ArrayList;
import java.util.List;
import org.tracelab.core.verify.constraint.AnalyzedText;
import org.tracelab.core.verify.constraint.CheckResult;
import org.tracelab.core.verify.constraint.Instruction;
import org.tracelab.core.verify.text.PythonStrings;

/**
 * {@code count:punctuation}: an interrobang ({@code ?!}, {@code !?} or {@code ‽}) and, besides the first
 * {@code ?!} (else the first {@code !?}), each of {@code . , ! ? ; :}.
 */
public record Punctuation() implements Instruction {

    public static final String ID = "count:punctuation";
    private static final String MARKS = ".,!?;:";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public CheckResult check(AnalyzedText text) {
        String s = text.text();
        if (!s.contains("!?") && !s.contains("?!") && !s.contains("\u203d")) {
            return CheckResult.fail("has no interrobang (?!, !? or \u203d)");
        }
        String rest =
                s.contains("?!") ? PythonStrings.replaceFirst(s, "?!", "") : PythonStrings.replaceFirst(s, "!?", "");
        List<String> missing = new ArrayList<>();
        for (char mark : MARKS.toCharArray()) {
            if (rest.indexOf(mark) < 0) {
                missing.add(String.valueOf(mark));
            }
        }
        return missing.isEmpty()
                ? CheckResult.pass("has an interrobang and each of . , ! ? ; :")
                : CheckResult.fail("besides the interrobang, lacks " + String.join(" ", missing));
    }

    @Override
    public String restatement() {
        return "Use every standard punctuation mark (. , ! ? ; :) at least once, and also an interrobang (?! or \u203d).";
    }
}
