package org.tracelab.core.verify.ifbench;

import static org.tracelab.core.verify.ifbench.IfbenchText.P_AND_SPACE;
import static org.tracelab.core.verify.ifbench.IfbenchText.number;

import java.util.LinkedHashSet;
import java.util.Set;
import org.tracelab.core.verify.constraint.AnalyzedText;
import org.tracelab.core.verify.constraint.CheckResult;
import org.tracelab.core.verify.constraint.Instruction;
import org.tracelab.core.verify.text.PythonStrings;

/**
 * {@code count:conjunctions}: at least {@code smallN} different coordinating conjunctions. As in the reference,
 * distinct raw whitespace tokens are counted: {@code and}, {@code And} and {@code and,} are three.
 */
public record Conjunctions(double smallN) implements Instruction {

    public static final String ID = "count:conjunctions";
    static final Set<String> CONJUNCTIONS = Set.of("and", "but", "for", "nor", "or", "so", "yet");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public CheckResult check(AnalyzedText text) {
        Set<String> found = new LinkedHashSet<>();
        for (String token : PythonStrings.split(text.text())) {
            if (CONJUNCTIONS.contains(PythonStrings.strip(PythonStrings.lower(token), P_AND_SPACE))) {
                found.add(token);
            }
        }
        String explanation = "found " + found.size() + " different conjunctions as written " + found
                + "; needs at least " + number(smallN);
        return found.size() >= smallN ? CheckResult.pass(explanation) : CheckResult.fail(explanation);
    }

    @Override
    public String restatement() {
        return "Use at least " + number(smallN)
                + " different coordinating conjunctions (and, but, for, nor, or, so, yet) in your response.";
    }
}
