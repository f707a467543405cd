package org.tracelab.core.verify.ifeval;

import java.util.List;
import java.util.regex.Pattern;
import org.tracelab.core.verify.constraint.AnalyzedText;
import org.tracelab.core.verify.constraint.CheckResult;
import org.tracelab.core.verify.constraint.Instruction;
import org.tracelab.core.verify.text.PythonRegex;
import org.tracelab.core.verify.text.PythonStrings;
import org.tracelab.core.verify.text.Span;

/**
 * {@code detectable_format:multiple_sections}: the number of section headers ("SECTION 1", matched
 * case-sensitively as splitter + number) is at least N; this is what splitting on them and subtracting
 * one counts.
 */
public record MultipleSections(String sectionSplitter, int numSections, Pattern pattern) implements Instruction {

    public static final String ID = "detectable_format:multiple_sections";

    public static MultipleSections of(String sectionSplitter, int numSections) {
        String splitter = PythonStrings.strip(sectionSplitter);
        String s = PythonRegex.SPACE;
        return new MultipleSections(
                splitter, numSections, PythonRegex.compile(s + "?" + splitter + s + "?\\p{Nd}+" + s + "?"));
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String restatement() {
        return "Your response must have " + numSections + " sections, each starting with \"" + sectionSplitter
                + " X\" where X is the section number.";
    }

    @Override
    public CheckResult check(AnalyzedText text) {
        List<Span> headers = Matches.spans(pattern, text.text());
        int n = headers.size();
        return CheckResult.of(
                n >= numSections,
                List.of(),
                "found "
                        + Matches.plural(
                                n, "\"" + sectionSplitter + " N\" header", "\"" + sectionSplitter + " N\" headers")
                        + "; needs at least " + numSections);
    }
}
