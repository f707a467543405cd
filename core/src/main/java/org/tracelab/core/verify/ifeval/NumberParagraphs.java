package org.tracelab.core.verify.ifeval;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tracelab.core.verify.constraint.AnalyzedText;
import org.tracelab.core.verify.constraint.CheckResult;
import org.tracelab.core.verify.constraint.Instruction;
import org.tracelab.core.verify.text.PythonRegex;
import org.tracelab.core.verify.text.PythonStrings;
import org.tracelab.core.verify.text.Span;

/**
 * {@code length_constraints:number_paragraphs}: paragraphs are separated by {@code ***} (with one optional
 * space character on each side); an empty part first or last is not counted, an empty part in the middle
 * fails at once, and the count must equal the target.
 */
public record NumberParagraphs(int numParagraphs) implements Instruction {

    public static final String ID = "length_constraints:number_paragraphs";
    private static final Pattern DIVIDER =
            PythonRegex.compile(PythonRegex.SPACE + "?\\*\\*\\*" + PythonRegex.SPACE + "?");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String restatement() {
        return "Your response must have exactly " + numParagraphs
                + " paragraphs, separated from each other by a line containing only ***.";
    }

    @Override
    public CheckResult check(AnalyzedText text) {
        String s = text.text();
        List<Span> parts = new ArrayList<>();
        List<Span> dividers = new ArrayList<>();
        Matcher m = DIVIDER.matcher(s);
        int from = 0;
        while (m.find()) {
            parts.add(new Span(from, m.start()));
            dividers.add(new Span(m.start(), m.end()));
            from = m.end();
        }
        parts.add(new Span(from, s.length()));

        int count = parts.size();
        for (int i = 0; i < parts.size(); i++) {
            if (PythonStrings.isBlank(parts.get(i).of(s))) {
                if (i == 0 || i == parts.size() - 1) {
                    count--;
                } else {
                    // The dividers around the empty paragraph are what broke the rule.
                    return CheckResult.fail(
                            List.of(new Span(
                                    dividers.get(i - 1).start(), dividers.get(i).end())),
                            "paragraph " + (i + 1) + " between *** dividers is empty");
                }
            }
        }
        return CheckResult.of(
                count == numParagraphs,
                dividers,
                "found " + Matches.plural(count, "paragraph", "paragraphs") + " separated by ***; needs exactly "
                        + numParagraphs);
    }
}
