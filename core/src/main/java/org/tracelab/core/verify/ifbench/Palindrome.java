package org.tracelab.core.verify.ifbench;

import java.util.List;
import org.tracelab.core.verify.constraint.AnalyzedText;
import org.tracelab.core.verify.constraint.CheckResult;
import org.tracelab.core.verify.constraint.Instruction;
import org.tracelab.core.verify.ifbench.IfbenchText.Word;
import org.tracelab.core.verify.text.PythonStrings;

/**
 * {@code words:palindrome}: at least ten palindromes of five or more characters among the lower-cased
 * whitespace words (ASCII punctuation deleted); repeats count.
 */
public record Palindrome() implements Instruction {

    public static final String ID = "words:palindrome";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public CheckResult check(AnalyzedText text) {
        List<Word> words = IfbenchText.words(text.text(), w -> IfbenchText.lower(IfbenchText.removePunctuation(w)));
        long palindromes = words.stream()
                .map(Word::text)
                .filter(w -> PythonStrings.length(w) >= 5 && w.equals(PythonStrings.reverse(w)))
                .count();
        String explanation = "found " + palindromes + " palindromes of 5 or more letters; needs at least 10";
        return palindromes >= 10 ? CheckResult.pass(explanation) : CheckResult.fail(explanation);
    }

    @Override
    public String restatement() {
        return "Include at least 10 palindromes, each at least 5 letters long.";
    }
}
