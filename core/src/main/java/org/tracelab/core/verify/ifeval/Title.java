package org.tracelab.core.verify.ifeval;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tracelab.core.verify.constraint.AnalyzedText;
import org.tracelab.core.verify.constraint.CheckResult;
import org.tracelab.core.verify.constraint.Instruction;
import org.tracelab.core.verify.text.PythonRegex;
import org.tracelab.core.verify.text.PythonStrings;

/** {@code detectable_format:title}: some {@code <<...>>} on one line has text besides angle brackets and spaces. */
public record Title() implements Instruction {

    public static final String ID = "detectable_format:title";
    private static final Pattern TITLE = PythonRegex.compile("<<[^\\n]+>>");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String restatement() {
        return "Your response must contain a real title wrapped in double angular brackets, such as <<a title>>.";
    }

    @Override
    public CheckResult check(AnalyzedText text) {
        Matcher m = TITLE.matcher(text.text());
        while (m.find()) {
            if (!PythonStrings.isBlank(stripAngles(m.group()))) {
                return CheckResult.pass("found the title " + m.group());
            }
        }
        return CheckResult.fail("no title wrapped in double angular brackets, like <<title>>");
    }

    /** Python's {@code s.lstrip("<").rstrip(">")}. */
    private static String stripAngles(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && s.charAt(start) == '<') {
            start++;
        }
        while (end > start && s.charAt(end - 1) == '>') {
            end--;
        }
        return s.substring(start, end);
    }
}
