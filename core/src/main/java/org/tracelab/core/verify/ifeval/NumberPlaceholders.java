package org.tracelab.core.verify.ifeval;

import java.util.List;
import java.util.regex.Pattern;
import org.tracelab.core.verify.constraint.AnalyzedText;
import org.tracelab.core.verify.constraint.CheckResult;
import org.tracelab.core.verify.constraint.Instruction;
import org.tracelab.core.verify.text.PythonRegex;
import org.tracelab.core.verify.text.Span;

/** {@code detectable_content:number_placeholders}: at least N {@code [...]} on one line ({@code []} counts). */
public record NumberPlaceholders(int numPlaceholders) implements Instruction {

    public static final String ID = "detectable_content:number_placeholders";
    private static final Pattern PLACEHOLDER = PythonRegex.compile("\\[.*?\\]");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String restatement() {
        return "Include at least " + numPlaceholders + " placeholders in square brackets, such as [address].";
    }

    @Override
    public CheckResult check(AnalyzedText text) {
        List<Span> found = Matches.spans(PLACEHOLDER, text.text());
        int n = found.size();
        return CheckResult.of(
                n >= numPlaceholders,
                List.of(),
                "found " + Matches.plural(n, "placeholder", "placeholders") + " in [brackets]; needs at least "
                        + numPlaceholders);
    }
}
