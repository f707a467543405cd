package org.tracelab.core.verify.ifeval;

import java.util.List;
import java.util.regex.Pattern;
import org.tracelab.core.verify.constraint.AnalyzedText;
import org.tracelab.core.verify.constraint.CheckResult;
import org.tracelab.core.verify.constraint.Instruction;
import org.tracelab.core.verify.constraint.Relation;
import org.tracelab.core.verify.text.PythonRegex;
import org.tracelab.core.verify.text.PythonStrings;
import org.tracelab.core.verify.text.Span;

/**
 * {@code keywords:frequency}: the number of non-overlapping case-insensitive matches of the stripped
 * keyword, substrings included ("war" in "warfare"), compared with the target.
 */
public record KeywordsFrequency(String keyword, int frequency, Relation relation, Pattern pattern)
        implements Instruction {

    public static final String ID = "keywords:frequency";

    public static KeywordsFrequency of(String keyword, int frequency, Relation relation) {
        String stripped = PythonStrings.strip(keyword);
        return new KeywordsFrequency(
                stripped, frequency, relation, PythonRegex.compile(stripped, PythonRegex.IGNORE_CASE));
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String restatement() {
        return "The word \"" + keyword.strip() + "\" must appear " + Phrases.times(relation, frequency) + ".";
    }

    @Override
    public CheckResult check(AnalyzedText text) {
        List<Span> found = Matches.spans(pattern, text.text());
        int n = found.size();
        return CheckResult.of(
                relation.holds(n, frequency),
                found,
                "found \"" + keyword + "\" " + Matches.plural(n, "time", "times") + "; "
                        + relation.requirement(frequency, "times"));
    }
}
