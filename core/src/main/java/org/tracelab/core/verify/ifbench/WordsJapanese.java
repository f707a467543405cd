package org.tracelab.core.verify.ifbench;

import static org.tracelab.core.verify.ifbench.IfbenchText.P_AND_SPACE;
import static org.tracelab.core.verify.ifbench.IfbenchText.number;
import static org.tracelab.core.verify.ifbench.IfbenchText.quote;

import java.util.List;
import org.tracelab.core.verify.constraint.AnalyzedText;
import org.tracelab.core.verify.constraint.CheckResult;
import org.tracelab.core.verify.constraint.Instruction;
import org.tracelab.core.verify.text.PythonStrings;
import org.tracelab.core.verify.text.Span;

/**
 * {@code count:words_japanese}: every {@code n}th whitespace word (punctuation and spaces stripped from its ends;
 * empty and all-digit words skipped) contains kana or a CJK ideograph (U+3040–30FF, U+4E00–9FFF). A text with
 * fewer than {@code n} words passes, as in the reference.
 */
public record WordsJapanese(double n) implements Instruction {

    public static final String ID = "count:words_japanese";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public CheckResult check(AnalyzedText text) {
        List<Span> words = PythonStrings.splitSpans(text.text());
        for (int i = 0; i < words.size(); i++) {
            // Python's float modulo, as the reference computes it with a float kwarg.
            if ((i + 1) % n != 0) {
                continue;
            }
            String word = PythonStrings.strip(words.get(i).of(text.text()), P_AND_SPACE);
            if (word.isEmpty() || PythonStrings.isDigits(word) || hasJapanese(word)) {
                continue;
            }
            return CheckResult.fail(
                    List.of(words.get(i)),
                    "word " + (i + 1) + " " + quote(word) + " has no Japanese characters; every " + ordinal()
                            + " word needs them");
        }
        return CheckResult.pass("every " + ordinal() + " word is in Japanese");
    }

    private String ordinal() {
        return number(n) + "th";
    }

    private static boolean hasJapanese(String word) {
        return word.codePoints().anyMatch(cp -> (cp >= 0x3040 && cp <= 0x30FF) || (cp >= 0x4E00 && cp <= 0x9FFF));
    }

    @Override
    public String restatement() {
        return "Every " + ordinal() + " word of your response must be written in Japanese.";
    }
}
