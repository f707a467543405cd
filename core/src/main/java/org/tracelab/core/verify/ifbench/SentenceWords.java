package org.tracelab.core.verify.ifbench;

import java.util.ArrayList;
import java.util.List;
import org.tracelab.core.verify.constraint.AnalyzedText;
import org.tracelab.core.verify.constraint.CheckResult;
import org.tracelab.core.verify.constraint.Instruction;
import org.tracelab.core.verify.text.PythonStrings;

/**
 * {@code ratio:sentence_words}: exactly three sentences (NLTK 3.10's) of the same length in characters once
 * stripped. The reference names the rule "same number of words, different words" but only compares lengths.
 */
public record SentenceWords() implements Instruction {

    public static final String ID = "ratio:sentence_words";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public CheckResult check(AnalyzedText text) {
        List<String> sentences = IfbenchText.sentences(text);
        if (sentences.size() != 3) {
            return CheckResult.fail("found " + sentences.size() + " sentences; needs exactly 3");
        }
        List<Integer> lengths = new ArrayList<>();
        for (String sentence : sentences) {
            lengths.add(PythonStrings.length(PythonStrings.strip(sentence)));
        }
        String explanation = "the 3 sentences are " + lengths + " characters long; needs equal lengths";
        return lengths.get(0).equals(lengths.get(1)) && lengths.get(1).equals(lengths.get(2))
                ? CheckResult.pass(explanation)
                : CheckResult.fail(explanation);
    }

    @Override
    public String restatement() {
        return "Respond with three sentences, all containing the same number of characters but using all different words.";
    }
}
