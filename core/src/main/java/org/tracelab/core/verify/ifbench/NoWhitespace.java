package org.tracelab.core.verify.ifbench;

import java.util.ArrayList;
import java.util.List;
import org.tracelab.core.verify.constraint.AnalyzedText;
import org.tracelab.core.verify.constraint.CheckResult;
import org.tracelab.core.verify.constraint.Instruction;
import org.tracelab.core.verify.text.PythonStrings;
import org.tracelab.core.verify.text.Span;

/** {@code format:no_whitespace}: no whitespace character at all (Python's whitespace, newlines and NBSP included). */
public record NoWhitespace() implements Instruction {

    public static final String ID = "format:no_whitespace";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public CheckResult check(AnalyzedText text) {
        String s = text.text();
        List<Span> spaces = new ArrayList<>();
        for (int i = 0; i < s.length(); i++) {
            if (PythonStrings.isSpace(s.charAt(i))) {
                int start = i;
                while (i + 1 < s.length() && PythonStrings.isSpace(s.charAt(i + 1))) {
                    i++;
                }
                spaces.add(new Span(start, i + 1));
            }
        }
        return spaces.isEmpty()
                ? CheckResult.pass("has no whitespace")
                : CheckResult.fail(spaces, "has whitespace in " + spaces.size() + " places");
    }

    @Override
    public String restatement() {
        return "Do not use any whitespace at all: no spaces, tabs or line breaks.";
    }
}
