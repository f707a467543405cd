package org.tracelab.core.verify.ifbench;

import static org.tracelab.core.verify.ifbench.IfbenchText.number;
import static org.tracelab.core.verify.ifbench.IfbenchText.percent;

import java.util.List;
import org.tracelab.core.verify.constraint.AnalyzedText;
import org.tracelab.core.verify.constraint.CheckResult;
import org.tracelab.core.verify.constraint.Instruction;
import org.tracelab.core.verify.text.Span;
import org.tracelab.core.verify.text.StopWords;

/**
 * {@code ratio:stop_words}: stop words (NLTK's English list) make up at most {@code percentage} % of the
 * {@code \w+} words (NLTK 3.10's {@code RegexpTokenizer}), computed as {@code (stop / words) * 100} in double.
 */
public record StopWordRatio(double percentage) implements Instruction {

    public static final String ID = "ratio:stop_words";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public CheckResult check(AnalyzedText text) {
        List<Span> words = IfbenchText.unicodeWords(text);
        if (words.isEmpty()) {
            return CheckResult.fail("has no words");
        }
        StopWords stopWords = IfbenchText.tools(text).stopWords();
        int stop = 0;
        for (Span word : words) {
            if (stopWords.contains(word.of(text.text()))) {
                stop++;
            }
        }
        // The reference's order of operations: 7 / 25 * 100 is 28.000000000000004, which is not <= 28.
        double ratio = (double) stop / words.size() * 100;
        String explanation = stop + " of " + words.size() + " words are stop words (" + percent(ratio)
                + "); needs at most " + number(percentage) + " %";
        return ratio <= percentage ? CheckResult.pass(explanation) : CheckResult.fail(explanation);
    }

    @Override
    public String restatement() {
        return "Stop words (such as the, and, of, is) must make up no more than " + number(percentage)
                + " % of the words in your response.";
    }
}
