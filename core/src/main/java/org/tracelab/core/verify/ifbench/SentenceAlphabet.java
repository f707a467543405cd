package org.tracelab.core.verify.ifbench;

import java.util.List;
import org.tracelab.core.verify.constraint.AnalyzedText;
import org.tracelab.core.verify.constraint.CheckResult;
import org.tracelab.core.verify.constraint.Instruction;
import org.tracelab.core.verify.text.PythonStrings;
import org.tracelab.core.verify.text.Span;

/**
 * {@code custom:sentence_alphabet}: exactly 26 sentences (NLTK 3.10) whose first words start with a, b, c, ...,
 * z in order, letter case ignored.
 */
public record SentenceAlphabet() implements Instruction {

    public static final String ID = "custom:sentence_alphabet";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public CheckResult check(AnalyzedText text) {
        List<Span> sentences = IfbenchText.sentenceSpans(text);
        if (sentences.size() != 26) {
            return CheckResult.fail("has " + sentences.size() + " sentences; needs 26");
        }
        for (int i = 0; i < 26; i++) {
            List<String> words = PythonStrings.split(sentences.get(i).of(text.text()));
            String expected = String.valueOf((char) ('a' + i));
            if (words.isEmpty()
                    || !PythonStrings.lower(IfbenchText.firstChar(words.get(0))).equals(expected)) {
                return CheckResult.fail(
                        List.of(sentences.get(i)), "sentence " + (i + 1) + " does not start with " + expected);
            }
        }
        return CheckResult.pass("26 sentences starting with a to z");
    }

    @Override
    public String restatement() {
        return "Tell a 26-sentence story where the first word of each sentence starts with the next letter of the alphabet, from A to Z.";
    }
}
