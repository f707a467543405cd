package org.tracelab.core.verify.ifeval;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tracelab.core.verify.constraint.AnalyzedText;
import org.tracelab.core.verify.constraint.CheckResult;
import org.tracelab.core.verify.constraint.Instruction;
import org.tracelab.core.verify.text.PythonRegex;
import org.tracelab.core.verify.text.PythonStrings;

/**
 * {@code detectable_format:number_highlighted_sections}: single-asterisk highlights with some content,
 * plus double-asterisk ones with some content (a {@code **bold**} span counts in both), at least N.
 */
public record NumberHighlightedSections(int numHighlights) implements Instruction {

    public static final String ID = "detectable_format:number_highlighted_sections";
    private static final Pattern SINGLE = PythonRegex.compile("\\*[^\\n*]*\\*");
    private static final Pattern DOUBLE = PythonRegex.compile("\\*\\*[^\\n*]*\\*\\*");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String restatement() {
        return "Highlight at least " + numHighlights + " sections with markdown, like *highlighted section*.";
    }

    @Override
    public CheckResult check(AnalyzedText text) {
        int n = 0;
        Matcher single = SINGLE.matcher(text.text());
        while (single.find()) {
            if (!PythonStrings.isBlank(stripAsterisks(single.group()))) {
                n++;
            }
        }
        Matcher dbl = DOUBLE.matcher(text.text());
        while (dbl.find()) {
            String inner = dbl.group().substring(2, dbl.group().length() - 2);
            if (!PythonStrings.isBlank(inner)) {
                n++;
            }
        }
        return CheckResult.of(
                n >= numHighlights,
                List.of(),
                "found " + Matches.plural(n, "highlighted section", "highlighted sections")
                        + " (*like this*); needs at least " + numHighlights);
    }

    /** Python's {@code s.strip("*")}. */
    private static String stripAsterisks(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && s.charAt(start) == '*') {
            start++;
        }
        while (end > start && s.charAt(end - 1) == '*') {
            end--;
        }
        return s.substring(start, end);
    }
}
