package org.tracelab.core.verify.ifbench;

import static org.tracelab.core.verify.ifbench.IfbenchText.quote;

import java.util.ArrayList;
import java.util.List;
import org.tracelab.core.verify.constraint.AnalyzedText;
import org.tracelab.core.verify.constraint.CheckResult;
import org.tracelab.core.verify.constraint.Instruction;
import org.tracelab.core.verify.text.PythonStrings;
import org.tracelab.core.verify.text.Span;

/**
 * {@code words:consonants}: every whitespace token contains two adjacent consonants
 * ({@code bcdfghjklmnpqrstvwxyz}, letter case ignored; {@code y} counts, punctuation stays in the token).
 */
public record Consonants() implements Instruction {

    public static final String ID = "words:consonants";
    private static final String CONSONANTS = "bcdfghjklmnpqrstvwxyz";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public CheckResult check(AnalyzedText text) {
        List<Span> failing = new ArrayList<>();
        for (Span word : PythonStrings.splitSpans(text.text())) {
            if (!hasConsonantPair(PythonStrings.lower(word.of(text.text())))) {
                failing.add(word);
            }
        }
        if (failing.isEmpty()) {
            return CheckResult.pass("every word has two consonants in a row");
        }
        return CheckResult.fail(
                failing,
                failing.size() + " words lack two consonants in a row, first "
                        + quote(failing.get(0).of(text.text())));
    }

    private static boolean hasConsonantPair(String word) {
        for (int i = 1; i < word.length(); i++) {
            if (CONSONANTS.indexOf(word.charAt(i)) >= 0 && CONSONANTS.indexOf(word.charAt(i - 1)) >= 0) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String restatement() {
        return "Every word of your response must contain at least two consonants in a row.";
    }
}
