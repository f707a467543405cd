package org.tracelab.core.verify.ifbench;

import static org.tracelab.core.verify.ifbench.IfbenchText.number;
import static org.tracelab.core.verify.ifbench.IfbenchText.plural;

import java.util.Set;
import org.tracelab.core.verify.constraint.AnalyzedText;
import org.tracelab.core.verify.constraint.CheckResult;
import org.tracelab.core.verify.constraint.Instruction;
import org.tracelab.core.verify.text.PythonStrings;

/**
 * {@code count:pronouns}: at least {@code n} pronouns among the lower-cased NLTK 3.10 word tokens of the text
 * (with {@code /} read as a space); {@code it's} is {@code it} and {@code 's}, one pronoun.
 */
public record Pronouns(double n) implements Instruction {

    public static final String ID = "count:pronouns";
    static final Set<String> PRONOUNS = Set.of(("i me we us you he him she her it they them my mine our ours your "
                    + "yours his hers its their theirs myself ourselves yourself yourselves himself herself itself themselves "
                    + "this that these those who whom whose which what whoever whomever whatever whichever anybody anyone "
                    + "anything everybody everyone everything nobody nothing somebody someone something each either neither "
                    + "both all some any none")
            .split(" "));

    @Override
    public String id() {
        return ID;
    }

    @Override
    public CheckResult check(AnalyzedText text) {
        String prepared = PythonStrings.lower(text.text().replace('/', ' '));
        long count = IfbenchText.wordTokens(text, prepared).stream()
                .filter(PRONOUNS::contains)
                .count();
        String explanation = "found " + plural(count, "pronoun", "pronouns") + "; needs at least " + number(n);
        return count >= n ? CheckResult.pass(explanation) : CheckResult.fail(explanation);
    }

    @Override
    public String restatement() {
        return "Use at least " + number(n) + " pronouns (such as I, you, they, this, who) in your response.";
    }
}
