package org.tracelab.core.verify.instruction;

import java.util.List;
import java.util.regex.Pattern;
import org.tracelab.core.verify.AnalyzedText;
import org.tracelab.core.verify.CheckResult;
import org.tracelab.core.verify.Span;
import org.tracelab.core.verify.text.PythonRegex;

/** {@code detectable_content:number_placeholders}: at least N {@code [...]} on one line ({@code []} counts). */
public record NumberPlaceholders(int numPlaceholders) implements Instruction {

    public static final String ID = "detectable_content:number_placeholders";
    private static final Pattern PLACEHOLDER = PythonRegex.compile("\\[.*?\\]");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public CheckResult check(AnalyzedText text) {
        List<Span> found = Matches.spans(PLACEHOLDER, text.text());
        int n = found.size();
        return CheckResult.of(n >= numPlaceholders, List.of(),
                "found " + Matches.plural(n, "placeholder", "placeholders") + " in [brackets]; needs at least "
                        + numPlaceholders);
    }
}
