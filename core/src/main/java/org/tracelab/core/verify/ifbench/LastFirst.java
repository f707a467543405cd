package org.tracelab.core.verify.ifbench;

import static org.tracelab.core.verify.ifbench.IfbenchText.P_AND_SPACE;
import static org.tracelab.core.verify.ifbench.IfbenchText.quote;

import java.util.List;
import org.tracelab.core.verify.constraint.AnalyzedText;
import org.tracelab.core.verify.constraint.CheckResult;
import org.tracelab.core.verify.constraint.Instruction;
import org.tracelab.core.verify.text.PythonStrings;
import org.tracelab.core.verify.text.Span;

/**
 * {@code words:last_first}: each sentence (NLTK 3.10's) starts with the word the sentence before it ends with,
 * letter case ignored; punctuation and spaces at a sentence's ends are ignored, punctuation inside is not.
 */
public record LastFirst() implements Instruction {

    public static final String ID = "words:last_first";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public CheckResult check(AnalyzedText text) {
        List<Span> sentences = IfbenchText.sentenceSpans(text);
        for (int i = 0; i + 1 < sentences.size(); i++) {
            List<String> before =
                    PythonStrings.split(PythonStrings.rstrip(sentences.get(i).of(text.text()), P_AND_SPACE));
            List<String> after = PythonStrings.split(
                    PythonStrings.lstrip(sentences.get(i + 1).of(text.text()), P_AND_SPACE));
            if (before.isEmpty() || after.isEmpty()) {
                return CheckResult.fail(
                        List.of(sentences.get(before.isEmpty() ? i : i + 1)),
                        "sentence " + (before.isEmpty() ? i + 1 : i + 2) + " has no word");
            }
            String last = before.get(before.size() - 1);
            String first = after.get(0);
            if (!PythonStrings.lower(last).equals(PythonStrings.lower(first))) {
                return CheckResult.fail(
                        List.of(sentences.get(i + 1)),
                        "sentence " + (i + 2) + " starts with " + quote(first) + " but sentence " + (i + 1)
                                + " ends with " + quote(last));
            }
        }
        return CheckResult.pass(
                "each of the " + sentences.size() + " sentences starts with the last word of the one before");
    }

    @Override
    public String restatement() {
        return "Start each sentence with the last word of the sentence before it.";
    }
}
