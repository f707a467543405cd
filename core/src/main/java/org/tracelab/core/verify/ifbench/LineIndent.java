package org.tracelab.core.verify.ifbench;

import java.util.ArrayList;
import java.util.List;
import org.tracelab.core.verify.constraint.AnalyzedText;
import org.tracelab.core.verify.constraint.CheckResult;
import org.tracelab.core.verify.constraint.Instruction;
import org.tracelab.core.verify.text.PythonStrings;

/**
 * {@code format:line_indent}: each line is indented by more spaces (U+0020 only) than the line before, like a
 * staircase. Blank lines are removed first exactly as the reference's loop does it: walking the list by index
 * while deleting from it, so of two consecutive blank lines only one goes.
 */
public record LineIndent() implements Instruction {

    public static final String ID = "format:line_indent";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public CheckResult check(AnalyzedText text) {
        List<String> lines = new ArrayList<>(PythonStrings.split(text.text(), "\n"));
        for (int i = 0; i < lines.size(); i++) {
            if (PythonStrings.isBlank(lines.get(i))) {
                lines.remove(lines.get(i));
            }
        }
        int previous = -1;
        for (int i = 0; i < lines.size(); i++) {
            int indent = lines.get(i).length()
                    - PythonStrings.lstrip(lines.get(i), " ").length();
            if (i > 0 && indent <= previous) {
                return CheckResult.fail("line " + (i + 1) + " (blank lines removed) is indented " + indent
                        + " spaces after " + previous + "; needs more");
            }
            previous = indent;
        }
        return CheckResult.pass("each of the " + lines.size() + " lines is indented more than the one before");
    }

    @Override
    public String restatement() {
        return "Indent each line with more spaces than the line before it, like a staircase.";
    }
}
