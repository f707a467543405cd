package org.tracelab.core.verify.ifeval;

import java.util.List;
import org.tracelab.core.verify.constraint.AnalyzedText;
import org.tracelab.core.verify.constraint.CheckResult;
import org.tracelab.core.verify.constraint.Instruction;
import org.tracelab.core.verify.constraint.Relation;
import org.tracelab.core.verify.text.Span;

/** {@code length_constraints:number_sentences}: the Punkt sentence count compared with the target. */
public record NumberSentences(int numSentences, Relation relation) implements Instruction {

    public static final String ID = "length_constraints:number_sentences";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String restatement() {
        return "Your response must contain " + Phrases.count(relation, numSentences, "sentence") + ".";
    }

    @Override
    public CheckResult check(AnalyzedText text) {
        List<Span> sentences = text.sentences();
        int n = sentences.size();
        String explanation = "found " + Matches.plural(n, "sentence", "sentences") + "; "
                + relation.requirement(numSentences, "sentences");
        // Too many sentences: the ones past the limit are what broke the rule.
        List<Span> evidence = relation == Relation.LESS_THAN && n >= numSentences
                ? sentences.subList(Math.max(0, numSentences - 1), n)
                : List.of();
        return CheckResult.of(relation.holds(n, numSentences), evidence, explanation);
    }
}
