package org.tracelab.core.verify.ifbench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.tracelab.core.verify.constraint.AnalyzedText;
import org.tracelab.core.verify.constraint.CheckResult;
import org.tracelab.core.verify.constraint.Instruction;
import org.tracelab.core.verify.text.PythonStrings;

/**
 * {@code custom:word_reverse}: a sentence written backwards word by word: lower-cased, stripped, ASCII
 * punctuation deleted and its words reversed, the text reads {@code ... bald eagle ...} and is one sentence
 * (NLTK 3.10).
 */
public record WordReverse() implements Instruction {

    public static final String ID = "custom:word_reverse";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public CheckResult check(AnalyzedText text) {
        List<String> words = new ArrayList<>(PythonStrings.split(
                IfbenchText.removePunctuation(PythonStrings.strip(PythonStrings.lower(text.text())))));
        Collections.reverse(words);
        String reversed = String.join(" ", words);
        if (!reversed.contains("bald eagle")) {
            return CheckResult.fail("read backwards word by word, it does not say \"bald eagle\"");
        }
        List<String> sentences = new ArrayList<>();
        IfbenchText.tools(text).sentences().sentences(reversed).forEach(span -> sentences.add(span.of(reversed)));
        return sentences.contains(reversed)
                ? CheckResult.pass("read backwards word by word, it is one sentence about the bald eagle")
                : CheckResult.fail("read backwards word by word, it is not a single sentence");
    }

    @Override
    public String restatement() {
        return "Answer in one sentence with its words in reverse order.";
    }
}
