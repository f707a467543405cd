package org.tracelab.core.verify.ifbench;

import static org.tracelab.core.verify.ifbench.IfbenchText.P_AND_SPACE;

import java.util.ArrayList;
import java.util.List;
import org.tracelab.core.verify.constraint.AnalyzedText;
import org.tracelab.core.verify.constraint.CheckResult;
import org.tracelab.core.verify.constraint.Instruction;
import org.tracelab.core.verify.text.PythonStrings;

/**
 * {@code custom:reverse_newline}: from the first line mentioning {@code Zimbabwe}, at least 52 non-empty lines
 * (punctuation and spaces stripped from their ends) in reverse alphabetical order, compared by code point after
 * NFKD-to-ASCII folding; equal neighbours are allowed.
 */
public record ReverseNewline() implements Instruction {

    public static final String ID = "custom:reverse_newline";
    private static final int MIN_LINES = 52;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public CheckResult check(AnalyzedText text) {
        List<String> lines = new ArrayList<>();
        for (String line : PythonStrings.split(text.text(), "\n")) {
            String stripped = PythonStrings.strip(line, P_AND_SPACE);
            if (!stripped.isEmpty()) {
                lines.add(stripped);
            }
        }
        int start = -1;
        for (int i = 0; i < lines.size() && start < 0; i++) {
            if (lines.get(i).contains("Zimbabwe")) {
                start = i;
            }
        }
        if (start < 0) {
            return CheckResult.fail("has no line with Zimbabwe");
        }
        List<String> list = lines.subList(start, lines.size());
        if (list.size() < MIN_LINES) {
            return CheckResult.fail("has " + list.size() + " lines from Zimbabwe on; needs at least " + MIN_LINES);
        }
        for (int i = 1; i < list.size(); i++) {
            String before = PythonStrings.nfkdAscii(list.get(i - 1));
            String after = PythonStrings.nfkdAscii(list.get(i));
            if (before.compareTo(after) < 0) {
                return CheckResult.fail("\"" + after + "\" comes after \"" + before + "\" but sorts after it");
            }
        }
        return CheckResult.pass(list.size() + " lines from Zimbabwe on, in reverse alphabetical order");
    }

    @Override
    public String restatement() {
        return "List the countries of Africa in reverse alphabetical order, each on a new line.";
    }
}
