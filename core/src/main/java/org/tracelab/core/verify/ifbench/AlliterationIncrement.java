package org.tracelab.core.verify.ifbench;

import static org.tracelab.core.verify.ifbench.IfbenchText.P_AND_SPACE;

import java.util.ArrayList;
import java.util.List;
import org.tracelab.core.verify.constraint.AnalyzedText;
import org.tracelab.core.verify.constraint.CheckResult;
import org.tracelab.core.verify.constraint.Instruction;
import org.tracelab.core.verify.text.PythonStrings;
import org.tracelab.core.verify.text.Span;

/**
 * {@code sentence:alliteration_increment}: each sentence (NLTK 3.10's) alliterates more than the one before.
 * A sentence's score comes from its lower-cased whitespace words (punctuation stripped from their left): the
 * first pair of consecutive words with the same first character adds 2, each further pair of the same run adds
 * 1. The first sentence is compared with -1, so one sentence always passes.
 */
public record AlliterationIncrement() implements Instruction {

    public static final String ID = "sentence:alliteration_increment";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public CheckResult check(AnalyzedText text) {
        List<Span> sentences = IfbenchText.sentenceSpans(text);
        int previous = -1;
        for (int i = 0; i < sentences.size(); i++) {
            int score = score(sentences.get(i).of(text.text()));
            if (score <= previous) {
                return CheckResult.fail(
                        List.of(sentences.get(i)),
                        "sentence " + (i + 1) + " scores " + score + " for alliteration after " + previous
                                + "; needs more");
            }
            previous = score;
        }
        return CheckResult.pass("each of the " + sentences.size() + " sentences alliterates more than the one before");
    }

    static int score(String sentence) {
        List<String> words = new ArrayList<>();
        for (String word : PythonStrings.split(PythonStrings.lower(sentence))) {
            String stripped = PythonStrings.lstrip(word, P_AND_SPACE);
            if (!stripped.isEmpty()) {
                words.add(stripped);
            }
        }
        int score = 0;
        boolean inRun = false;
        for (int k = 1; k < words.size(); k++) {
            if (words.get(k).codePointAt(0) == words.get(k - 1).codePointAt(0)) {
                score += inRun ? 1 : 2;
                inRun = true;
            } else {
                inRun = false;
            }
        }
        return score;
    }

    @Override
    public String restatement() {
        return "Each sentence must have more alliterative words (consecutive words starting with the same letter) "
                + "than the sentence before it.";
    }
}
