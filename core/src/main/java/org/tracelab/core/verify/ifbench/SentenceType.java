package org.tracelab.core.verify.ifbench;

import org.tracelab.core.verify.constraint.AnalyzedText;
import org.tracelab.core.verify.constraint.CheckResult;
import org.tracelab.core.verify.constraint.Instruction;

/**
 * {@code ratio:sentence_type}: twice as many sentences ending in {@code .} as ending in {@code ?} (NLTK 3.10's
 * sentences). Sentences ending otherwise ({@code ."}, {@code )}, an emoji) count as neither, so a text with none of
 * either passes, as in the reference.
 */
public record SentenceType() implements Instruction {

    public static final String ID = "ratio:sentence_type";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public CheckResult check(AnalyzedText text) {
        int declarative = 0;
        int questions = 0;
        for (String sentence : IfbenchText.sentences(text)) {
            char last = sentence.charAt(sentence.length() - 1);
            declarative += last == '.' ? 1 : 0;
            questions += last == '?' ? 1 : 0;
        }
        String explanation = "found " + declarative + " sentences ending in . and " + questions
                + " ending in ?; needs twice as many ending in . as in ?";
        return declarative == 2 * questions ? CheckResult.pass(explanation) : CheckResult.fail(explanation);
    }

    @Override
    public String restatement() {
        return "Write exactly twice as many declarative sentences (ending in a period) as questions (ending in a "
                + "question mark).";
    }
}
