package org.tracelab.core.verify.ifbench;

import org.tracelab.core.verify.constraint.AnalyzedText;
import org.tracelab.core.verify.constraint.CheckResult;
import org.tracelab.core.verify.constraint.Instruction;

/**
 * {@code ratio:sentence_balance}: as many sentences ending in {@code .} as in {@code ?} and as in {@code !}
 * (NLTK 3.10's sentences); none of any passes, as in the reference.
 */
public record SentenceBalance() implements Instruction {

    public static final String ID = "ratio:sentence_balance";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public CheckResult check(AnalyzedText text) {
        int periods = 0;
        int questions = 0;
        int exclamations = 0;
        for (String sentence : IfbenchText.sentences(text)) {
            char last = sentence.charAt(sentence.length() - 1);
            periods += last == '.' ? 1 : 0;
            questions += last == '?' ? 1 : 0;
            exclamations += last == '!' ? 1 : 0;
        }
        String explanation = "found " + periods + " sentences ending in ., " + questions + " in ? and " + exclamations
                + " in !; needs the same number of each";
        return periods == questions && questions == exclamations
                ? CheckResult.pass(explanation)
                : CheckResult.fail(explanation);
    }

    @Override
    public String restatement() {
        return "Write the same number of declarative sentences (ending in .), questions (ending in ?) and "
                + "exclamations (ending in !).";
    }
}
