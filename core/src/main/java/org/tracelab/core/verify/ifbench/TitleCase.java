package org.tracelab.core.verify.ifbench;

import static org.tracelab.core.verify.ifbench.IfbenchText.quote;

import java.util.ArrayList;
import java.util.List;
import org.tracelab.core.verify.constraint.AnalyzedText;
import org.tracelab.core.verify.constraint.CheckResult;
import org.tracelab.core.verify.constraint.Instruction;
import org.tracelab.core.verify.text.PythonStrings;
import org.tracelab.core.verify.text.Span;
import org.tracelab.core.verify.text.WordTokenizer.Token;

/**
 * {@code format:title_case}: every word token (NLTK 3.10) that starts with a letter is capitalised. A word fails
 * when it starts lower-case and the rest is all lower-case or all upper-case (a one-letter word fails when
 * lower-case); {@code USA}, {@code iPhone} and {@code eBay} pass, {@code the} and {@code do} (from {@code don't})
 * fail.
 */
public record TitleCase() implements Instruction {

    public static final String ID = "format:title_case";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public CheckResult check(AnalyzedText text) {
        List<Span> failing = new ArrayList<>();
        String firstFailing = null;
        for (Token token : IfbenchText.wordTokens(text)) {
            if (!violates(token.text())) {
                continue;
            }
            failing.add(new Span(token.start(), Math.max(token.start(), token.end())));
            if (firstFailing == null) {
                firstFailing = token.text();
            }
        }
        return failing.isEmpty()
                ? CheckResult.pass("every word is capitalised")
                : CheckResult.fail(
                        failing, failing.size() + " words are not capitalised, first " + quote(firstFailing));
    }

    static boolean violates(String token) {
        int first = token.codePointAt(0);
        if (!PythonStrings.isAlpha(first)) {
            return false;
        }
        int firstLength = Character.charCount(first);
        if (firstLength == token.length()) {
            return PythonStrings.isLower(token);
        }
        String rest = token.substring(firstLength);
        return Character.isLowerCase(first) && (PythonStrings.isLower(rest) || PythonStrings.isUpper(rest));
    }

    @Override
    public String restatement() {
        return "Write your entire response in title case: capitalise the first letter of every word.";
    }
}
