package org.tracelab.core.verify.ifbench;

import static org.tracelab.core.verify.ifbench.IfbenchText.P_AND_SPACE;
import static org.tracelab.core.verify.ifbench.IfbenchText.number;
import static org.tracelab.core.verify.ifbench.IfbenchText.plural;

import java.util.HashSet;
import java.util.Set;
import org.tracelab.core.verify.constraint.AnalyzedText;
import org.tracelab.core.verify.constraint.CheckResult;
import org.tracelab.core.verify.constraint.Instruction;
import org.tracelab.core.verify.text.PythonStrings;

/**
 * {@code count:unique_word_count}: at least {@code n} distinct words, where a word is a lower-cased whitespace
 * token with punctuation and spaces stripped from its ends. A token of punctuation only (a {@code -} bullet)
 * counts once, as the empty word, as the reference does.
 */
public record UniqueWordCount(double n) implements Instruction {

    public static final String ID = "count:unique_word_count";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public CheckResult check(AnalyzedText text) {
        Set<String> distinct = new HashSet<>();
        for (String word : PythonStrings.split(text.lower())) {
            distinct.add(PythonStrings.strip(word, P_AND_SPACE));
        }
        String explanation =
                "found " + plural(distinct.size(), "distinct word", "distinct words") + "; needs at least " + number(n);
        return distinct.size() >= n ? CheckResult.pass(explanation) : CheckResult.fail(explanation);
    }

    @Override
    public String restatement() {
        return "Use at least " + number(n) + " different words in your response.";
    }
}
