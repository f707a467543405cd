package org.tracelab.core.verify.ifbench;

import static org.tracelab.core.verify.ifbench.IfbenchText.quote;

import java.util.List;
import org.tracelab.core.verify.constraint.AnalyzedText;
import org.tracelab.core.verify.constraint.CheckResult;
import org.tracelab.core.verify.constraint.Instruction;
import org.tracelab.core.verify.text.PythonStrings;
import org.tracelab.core.verify.text.Span;
import org.tracelab.core.verify.text.WordTokenizer.Token;

/**
 * {@code words:words_position}: {@code keyword} is the second word token (NLTK 3.10's {@code word_tokenize}) and
 * the second-to-last one, letter case ignored; when the last token is punctuation (a substring of Python's
 * {@code string.punctuation}, such as {@code .} or {@code ()}), the one before it counts instead. The keyword is
 * stripped when the instruction is built.
 */
public record WordsPosition(String keyword) implements Instruction {

    public static final String ID = "words:words_position";

    public WordsPosition {
        keyword = PythonStrings.strip(keyword);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public CheckResult check(AnalyzedText text) {
        List<Token> tokens = IfbenchText.wordTokens(text);
        if (tokens.size() < 2) {
            return CheckResult.fail("has fewer than 2 words");
        }
        boolean punctuationLast = PythonStrings.ASCII_PUNCTUATION.contains(
                tokens.get(tokens.size() - 1).text());
        int fromEnd = punctuationLast ? 3 : 2;
        if (tokens.size() < fromEnd) {
            return CheckResult.fail("has too few words before the final punctuation");
        }
        Token second = tokens.get(1);
        Token nearEnd = tokens.get(tokens.size() - fromEnd);
        String wanted = PythonStrings.lower(keyword);
        boolean secondOk = PythonStrings.lower(second.text()).equals(wanted);
        boolean endOk = PythonStrings.lower(nearEnd.text()).equals(wanted);
        String explanation = "the second word is " + quote(second.text()) + " and the second-to-last "
                + quote(nearEnd.text()) + "; both must be " + quote(keyword);
        if (secondOk && endOk) {
            return CheckResult.pass(explanation);
        }
        List<Span> evidence = secondOk
                ? List.of(span(nearEnd))
                : endOk ? List.of(span(second)) : List.of(span(second), span(nearEnd));
        return CheckResult.fail(evidence, explanation);
    }

    private static Span span(Token token) {
        return new Span(token.start(), Math.max(token.start(), token.end()));
    }

    @Override
    public String restatement() {
        return "The second word and the second-to-last word of your response must both be \"" + keyword + "\".";
    }
}
