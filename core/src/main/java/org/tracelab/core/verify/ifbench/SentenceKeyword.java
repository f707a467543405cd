package org.tracelab.core.verify.ifbench;

import static org.tracelab.core.verify.ifbench.IfbenchText.number;

import java.util.List;
import java.util.regex.Pattern;
import org.tracelab.core.verify.constraint.AnalyzedText;
import org.tracelab.core.verify.constraint.CheckResult;
import org.tracelab.core.verify.constraint.Instruction;
import org.tracelab.core.verify.text.PythonRegex;
import org.tracelab.core.verify.text.Span;

/**
 * {@code sentence:keyword}: sentence {@code n} (1-based, NLTK 3.10's sentences) contains {@code word} as a whole
 * word, case-insensitively ({@code \b} + the escaped word + {@code \b}, Python's word boundary). The word is used
 * as given, not stripped; {@code n} is the reference's float, taken as {@code int(n - 1)}.
 */
public record SentenceKeyword(String word, double n) implements Instruction {

    public static final String ID = "sentence:keyword";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public CheckResult check(AnalyzedText text) {
        List<Span> sentences = IfbenchText.sentenceSpans(text);
        if (sentences.size() < n) {
            return CheckResult.fail("has " + sentences.size() + " sentences; needs at least " + number(n));
        }
        int index = (int) (n - 1);
        if (index < 0) {
            index += sentences.size();
        }
        if (index < 0) {
            return CheckResult.fail("has no sentence " + number(n));
        }
        Span sentence = sentences.get(index);
        boolean found = pattern().matcher(sentence.of(text.text())).find();
        String explanation = "sentence " + (index + 1) + (found ? " contains " : " lacks ") + "\"" + word + "\"";
        return found ? CheckResult.pass(explanation) : CheckResult.fail(List.of(sentence), explanation);
    }

    private Pattern pattern() {
        return PythonRegex.compile(
                PythonRegex.WORD_BOUNDARY + Pattern.quote(word) + PythonRegex.WORD_BOUNDARY, PythonRegex.IGNORE_CASE);
    }

    @Override
    public String restatement() {
        return "Sentence number " + number(n) + " of your response must contain the word \"" + word + "\".";
    }
}
