package org.tracelab.core.verify.ifbench;

import java.util.List;
import org.tracelab.core.verify.constraint.AnalyzedText;
import org.tracelab.core.verify.constraint.CheckResult;
import org.tracelab.core.verify.constraint.Instruction;
import org.tracelab.core.verify.text.PythonStrings;
import org.tracelab.core.verify.text.Span;

/**
 * {@code format:no_bullets_bullets}: at least two sentences of prose first, then at least two {@code *} bullets and
 * nothing else. Lines are read in order: while in prose, each line adds its sentence count (NLTK 3.10) and a line
 * without sentences (a blank one) ends the prose; a line starting with {@code *} is a bullet; any other line
 * after the prose fails, an empty trailing line included.
 */
public record NoBulletsBullets() implements Instruction {

    public static final String ID = "format:no_bullets_bullets";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public CheckResult check(AnalyzedText text) {
        boolean prose = true;
        int sentences = 0;
        int bullets = 0;
        int start = 0;
        for (String line : PythonStrings.split(text.text(), "\n")) {
            Span span = new Span(start, start + line.length());
            start += line.length() + 1;
            String stripped = PythonStrings.strip(line);
            if (stripped.startsWith("*")) {
                prose = false;
                if (sentences < 2) {
                    return CheckResult.fail(
                            List.of(span),
                            "a bullet comes after " + sentences + " sentences of prose; needs at least 2");
                }
                bullets++;
            } else if (prose) {
                int found =
                        IfbenchText.tools(text).sentences().sentences(stripped).size();
                sentences += found;
                prose = found > 0;
            } else {
                return CheckResult.fail(List.of(span), "a line after the prose is not a * bullet");
            }
        }
        String explanation = sentences + " sentences of prose, then " + bullets + " bullets; needs at least 2 of each";
        return bullets >= 2 ? CheckResult.pass(explanation) : CheckResult.fail(explanation);
    }

    @Override
    public String restatement() {
        return "Your answer must contain at least two sentences ending in a period followed by at least two bullet "
                + "points denoted by *.";
    }
}
