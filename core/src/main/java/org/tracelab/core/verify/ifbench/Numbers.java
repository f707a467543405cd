package org.tracelab.core.verify.ifbench;

import static org.tracelab.core.verify.ifbench.IfbenchText.number;
import static org.tracelab.core.verify.ifbench.IfbenchText.plural;

import org.tracelab.core.verify.constraint.AnalyzedText;
import org.tracelab.core.verify.constraint.CheckResult;
import org.tracelab.core.verify.constraint.Instruction;

/**
 * {@code count:numbers}: exactly {@code n} numbers, counted as runs of decimal digits (any script) once ASCII
 * punctuation is deleted, so {@code 3.14}, {@code 1,000} and {@code 2-3} are one number each.
 */
public record Numbers(double n) implements Instruction {

    public static final String ID = "count:numbers";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public CheckResult check(AnalyzedText text) {
        int count = digitRuns(IfbenchText.removePunctuation(text.text()));
        String explanation = "found " + plural(count, "number", "numbers") + "; needs exactly " + number(n);
        return count == n ? CheckResult.pass(explanation) : CheckResult.fail(explanation);
    }

    /** The number of matches of Python's {@code \d+}. */
    static int digitRuns(String s) {
        int runs = 0;
        boolean inRun = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            boolean digit = Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER;
            if (digit && !inRun) {
                runs++;
            }
            inRun = digit;
            i += Character.charCount(cp);
        }
        return runs;
    }

    @Override
    public String restatement() {
        return "Include exactly " + number(n) + " numbers in your response.";
    }
}
