package org.tracelab.core.verify.ifbench;

import static org.tracelab.core.verify.ifbench.IfbenchText.quote;

import java.util.List;
import org.tracelab.core.verify.constraint.AnalyzedText;
import org.tracelab.core.verify.constraint.CheckResult;
import org.tracelab.core.verify.constraint.Instruction;
import org.tracelab.core.verify.ifbench.IfbenchText.Word;

/**
 * {@code words:alphabet}: the words (whitespace-separated, ASCII punctuation deleted) start with consecutive
 * letters of the alphabet, from whichever letter the first word starts with, wrapping from z to a; letter case is
 * ignored.
 */
public record Alphabet() implements Instruction {

    public static final String ID = "words:alphabet";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public CheckResult check(AnalyzedText text) {
        List<Word> words = IfbenchText.words(text.text(), IfbenchText::removePunctuation);
        if (words.isEmpty()) {
            return CheckResult.fail("has no words");
        }
        String first = IfbenchText.lower(IfbenchText.firstChar(words.get(0).text()));
        if (first.length() != 1 || first.charAt(0) < 'a' || first.charAt(0) > 'z') {
            return CheckResult.fail(
                    List.of(words.get(0).span()),
                    "the first word " + quote(words.get(0).text()) + " does not start with a letter a-z");
        }
        char expected = first.charAt(0);
        for (int i = 1; i < words.size(); i++) {
            expected = expected == 'z' ? 'a' : (char) (expected + 1);
            if (!IfbenchText.lower(words.get(i).text()).startsWith(String.valueOf(expected))) {
                return CheckResult.fail(
                        List.of(words.get(i).span()),
                        "word " + (i + 1) + " " + quote(words.get(i).text()) + " should start with " + expected);
            }
        }
        return CheckResult.pass("all " + words.size() + " words follow the alphabet");
    }

    @Override
    public String restatement() {
        return "Each word of your response must start with the next letter of the alphabet (a, b, c, ..., z, then a "
                + "again).";
    }
}
