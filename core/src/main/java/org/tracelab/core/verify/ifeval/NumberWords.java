package org.tracelab.core.verify.ifeval;

import java.util.List;
import org.tracelab.core.verify.constraint.AnalyzedText;
import org.tracelab.core.verify.constraint.CheckResult;
import org.tracelab.core.verify.constraint.Instruction;
import org.tracelab.core.verify.constraint.Relation;
import org.tracelab.core.verify.text.PythonRegex;
import org.tracelab.core.verify.text.Span;

/** {@code length_constraints:number_words}: words are runs of {@code \w} ("don't" is two, "3.5" is two). */
public record NumberWords(int numWords, Relation relation) implements Instruction {

    public static final String ID = "length_constraints:number_words";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String restatement() {
        return "Your response must contain " + Phrases.count(relation, numWords, "word") + ".";
    }

    @Override
    public CheckResult check(AnalyzedText text) {
        List<Span> words = PythonRegex.wordRuns(text.text());
        int n = words.size();
        String explanation =
                "found " + Matches.plural(n, "word", "words") + "; " + relation.requirement(numWords, "words");
        if (relation.holds(n, numWords)) {
            return CheckResult.pass(explanation);
        }
        // Too long: point at everything from the first word over the limit.
        List<Span> evidence = relation == Relation.LESS_THAN
                ? List.of(new Span(
                        words.get(Math.max(0, numWords - 1)).start(),
                        words.get(n - 1).end()))
                : List.of();
        return CheckResult.fail(evidence, explanation);
    }
}
