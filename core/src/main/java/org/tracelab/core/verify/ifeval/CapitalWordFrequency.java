package org.tracelab.core.verify.ifeval;

import java.util.ArrayList;
import java.util.List;
import org.tracelab.core.verify.constraint.AnalyzedText;
import org.tracelab.core.verify.constraint.CheckResult;
import org.tracelab.core.verify.constraint.Instruction;
import org.tracelab.core.verify.constraint.Relation;
import org.tracelab.core.verify.text.PythonStrings;
import org.tracelab.core.verify.text.Span;
import org.tracelab.core.verify.text.WordTokenizer.Token;

/**
 * {@code change_case:capital_word_frequency}: NLTK word tokens that are all upper case ("I", "U.S.",
 * and "I'M" as "I" plus "'M"; punctuation never), compared with the target.
 */
public record CapitalWordFrequency(int capitalFrequency, Relation relation) implements Instruction {

    public static final String ID = "change_case:capital_word_frequency";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String restatement() {
        return "Words written entirely in capital letters must appear " + Phrases.times(relation, capitalFrequency)
                + ".";
    }

    @Override
    public CheckResult check(AnalyzedText text) {
        List<Span> capitals = new ArrayList<>();
        for (Token token : text.wordTokens()) {
            if (PythonStrings.isUpper(token.text())) {
                capitals.add(new Span(token.start(), token.end()));
            }
        }
        int n = capitals.size();
        return CheckResult.of(
                relation.holds(n, capitalFrequency),
                relation == Relation.LESS_THAN ? capitals : List.of(),
                "found " + Matches.plural(n, "all-capital word", "all-capital words") + "; "
                        + relation.requirement(capitalFrequency, "words"));
    }
}
