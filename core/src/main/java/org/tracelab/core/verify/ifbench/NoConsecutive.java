package org.tracelab.core.verify.ifbench;

import static org.tracelab.core.verify.ifbench.IfbenchText.quote;

import java.util.List;
import org.tracelab.core.verify.constraint.AnalyzedText;
import org.tracelab.core.verify.constraint.CheckResult;
import org.tracelab.core.verify.constraint.Instruction;
import org.tracelab.core.verify.ifbench.IfbenchText.Word;

/**
 * {@code words:no_consecutive}: no two consecutive lower-cased whitespace words (ASCII punctuation deleted)
 * start with the same character, whatever the character.
 */
public record NoConsecutive() implements Instruction {

    public static final String ID = "words:no_consecutive";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public CheckResult check(AnalyzedText text) {
        List<Word> words = IfbenchText.words(text.text(), w -> IfbenchText.removePunctuation(IfbenchText.lower(w)));
        for (int i = 1; i < words.size(); i++) {
            if (words.get(i).text().codePointAt(0) == words.get(i - 1).text().codePointAt(0)) {
                return CheckResult.fail(
                        List.of(words.get(i - 1).span(), words.get(i).span()),
                        quote(words.get(i - 1).text()) + " and "
                                + quote(words.get(i).text()) + " start with the same letter");
            }
        }
        return CheckResult.pass("no two consecutive words start with the same letter");
    }

    @Override
    public String restatement() {
        return "No two consecutive words may start with the same letter.";
    }
}
