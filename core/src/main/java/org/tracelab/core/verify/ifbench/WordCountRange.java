package org.tracelab.core.verify.ifbench;

import static org.tracelab.core.verify.ifbench.IfbenchText.number;
import static org.tracelab.core.verify.ifbench.IfbenchText.plural;

import java.util.List;
import org.tracelab.core.verify.constraint.AnalyzedText;
import org.tracelab.core.verify.constraint.CheckResult;
import org.tracelab.core.verify.constraint.Instruction;
import org.tracelab.core.verify.text.Span;

/**
 * {@code count:word_count_range}: between {@code minWords} and {@code maxWords} words, both inclusive, counted as
 * NLTK 3.10's {@code RegexpTokenizer(r"\w+")} counts them ({@code don't} and {@code 3.5} are two words each).
 */
public record WordCountRange(double minWords, double maxWords) implements Instruction {

    public static final String ID = "count:word_count_range";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public CheckResult check(AnalyzedText text) {
        List<Span> words = IfbenchText.unicodeWords(text);
        int n = words.size();
        String explanation =
                "found " + plural(n, "word", "words") + "; needs " + number(minWords) + " to " + number(maxWords);
        if (minWords <= n && n <= maxWords) {
            return CheckResult.pass(explanation);
        }
        if (n > maxWords) {
            // Everything from the first word over the limit.
            int first = maxWords < 0 ? 0 : (int) Math.min(n - 1, Math.floor(maxWords));
            return CheckResult.fail(
                    List.of(new Span(words.get(first).start(), words.get(n - 1).end())), explanation);
        }
        return CheckResult.fail(explanation);
    }

    @Override
    public String restatement() {
        return "Your response must contain between " + number(minWords) + " and " + number(maxWords) + " words.";
    }
}
