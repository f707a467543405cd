package org.tracelab.core.verify.ifbench;

import static org.tracelab.core.verify.ifbench.IfbenchText.quote;

import java.util.List;
import org.tracelab.core.verify.constraint.AnalyzedText;
import org.tracelab.core.verify.constraint.CheckResult;
import org.tracelab.core.verify.constraint.Instruction;
import org.tracelab.core.verify.ifbench.IfbenchText.Word;
import org.tracelab.core.verify.text.PythonStrings;

/**
 * {@code words:prime_lengths}: every whitespace word (ASCII punctuation deleted) is a prime number of characters
 * long, the primes below 100 (a one-letter word fails, and so does one of 98 characters or more).
 */
public record PrimeLengths() implements Instruction {

    public static final String ID = "words:prime_lengths";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public CheckResult check(AnalyzedText text) {
        List<Word> failing = IfbenchText.words(text.text(), IfbenchText::removePunctuation).stream()
                .filter(w -> !isSmallPrime(PythonStrings.length(w.text())))
                .toList();
        if (failing.isEmpty()) {
            return CheckResult.pass("every word has a prime number of letters");
        }
        Word first = failing.get(0);
        return CheckResult.fail(
                IfbenchText.spans(failing),
                failing.size() + " words have a length that is no prime " + "below 100, first " + quote(first.text())
                        + " (" + PythonStrings.length(first.text()) + ")");
    }

    static boolean isSmallPrime(int n) {
        if (n < 2 || n >= 100) {
            return false;
        }
        for (int d = 2; d * d <= n; d++) {
            if (n % d == 0) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String restatement() {
        return "Use only words whose length is a prime number (2, 3, 5, 7, 11, ... letters).";
    }
}
