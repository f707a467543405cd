package org.tracelab.core.verify.ifbench;

import static org.tracelab.core.verify.ifbench.IfbenchText.number;
import static org.tracelab.core.verify.ifbench.IfbenchText.quote;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tracelab.core.verify.constraint.AnalyzedText;
import org.tracelab.core.verify.constraint.CheckResult;
import org.tracelab.core.verify.constraint.Instruction;
import org.tracelab.core.verify.ifbench.IfbenchText.Word;
import org.tracelab.core.verify.text.Span;

/**
 * {@code words:repeats}: no lower-cased whitespace word (ASCII punctuation deleted) occurs more than
 * {@code smallN} times.
 */
public record Repeats(double smallN) implements Instruction {

    public static final String ID = "words:repeats";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public CheckResult check(AnalyzedText text) {
        Map<String, Integer> counts = new HashMap<>();
        List<Span> excess = new ArrayList<>();
        String worst = null;
        int worstCount = 0;
        for (Word word : IfbenchText.words(text.text(), w -> IfbenchText.removePunctuation(IfbenchText.lower(w)))) {
            int count = counts.merge(word.text(), 1, Integer::sum);
            if (count > smallN) {
                excess.add(word.span());
                if (count > worstCount) {
                    worst = word.text();
                    worstCount = count;
                }
            }
        }
        if (excess.isEmpty()) {
            return CheckResult.pass("no word occurs more than " + number(smallN) + " times");
        }
        return CheckResult.fail(
                excess, quote(worst) + " occurs " + worstCount + " times; allows at most " + number(smallN));
    }

    @Override
    public String restatement() {
        return "Do not use any word more than " + number(smallN) + " times.";
    }
}
