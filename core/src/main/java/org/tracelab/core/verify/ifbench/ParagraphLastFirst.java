package org.tracelab.core.verify.ifbench;

import static org.tracelab.core.verify.ifbench.IfbenchText.P_AND_SPACE;
import static org.tracelab.core.verify.ifbench.IfbenchText.quote;

import java.util.List;
import org.tracelab.core.verify.constraint.AnalyzedText;
import org.tracelab.core.verify.constraint.CheckResult;
import org.tracelab.core.verify.constraint.Instruction;
import org.tracelab.core.verify.text.PythonStrings;
import org.tracelab.core.verify.text.Span;

/**
 * {@code words:paragraph_last_first}: every non-empty line starts and ends with the same word, letter case
 * ignored; punctuation and spaces at the line's ends are ignored, punctuation inside words is not
 * ({@code hello, world hello} fails).
 */
public record ParagraphLastFirst() implements Instruction {

    public static final String ID = "words:paragraph_last_first";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public CheckResult check(AnalyzedText text) {
        int start = 0;
        int lines = 0;
        for (String line : PythonStrings.split(text.text(), "\n")) {
            Span span = new Span(start, start + line.length());
            start += line.length() + 1;
            String lower = PythonStrings.lower(PythonStrings.strip(line));
            if (lower.isEmpty()) {
                continue;
            }
            List<String> words = PythonStrings.split(PythonStrings.strip(lower, P_AND_SPACE));
            if (words.isEmpty()) {
                continue;
            }
            lines++;
            String first = words.get(0);
            String last = words.get(words.size() - 1);
            if (!first.equals(last)) {
                return CheckResult.fail(
                        List.of(span), "a paragraph starts with " + quote(first) + " but ends with " + quote(last));
            }
        }
        return CheckResult.pass("each of the " + lines + " paragraphs starts and ends with the same word");
    }

    @Override
    public String restatement() {
        return "Each paragraph must end with the same word it starts with.";
    }
}
