package org.tracelab.core.verify.ifbench;

import static org.tracelab.core.verify.ifbench.IfbenchText.number;

import java.util.List;
import org.tracelab.core.verify.constraint.AnalyzedText;
import org.tracelab.core.verify.constraint.CheckResult;
import org.tracelab.core.verify.constraint.Instruction;
import org.tracelab.core.verify.text.PythonStrings;
import org.tracelab.core.verify.text.Span;

/**
 * {@code sentence:increment}: each sentence (NLTK 3.10's) has exactly {@code smallN} more whitespace words than
 * the one before it, words being counted once ASCII punctuation is deleted. One sentence passes.
 */
public record SentenceIncrement(double smallN) implements Instruction {

    public static final String ID = "sentence:increment";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public CheckResult check(AnalyzedText text) {
        List<Span> sentences = IfbenchText.sentenceSpans(text);
        int previous = -1;
        for (int i = 0; i < sentences.size(); i++) {
            int words = PythonStrings.split(
                            IfbenchText.removePunctuation(sentences.get(i).of(text.text())))
                    .size();
            if (i > 0 && words != previous + smallN) {
                return CheckResult.fail(
                        List.of(sentences.get(i)),
                        "sentence " + (i + 1) + " has " + words + " words after " + previous + "; needs "
                                + number(previous + smallN));
            }
            previous = words;
        }
        return CheckResult.pass("each of the " + sentences.size() + " sentences has " + number(smallN)
                + " more words than the one before");
    }

    @Override
    public String restatement() {
        return "Each sentence of your response must have exactly " + number(smallN)
                + " more words than the sentence before it.";
    }
}
