package org.tracelab.core.verify.ifbench;

import java.util.ArrayList;
import java.util.List;
import org.tracelab.core.verify.constraint.AnalyzedText;
import org.tracelab.core.verify.constraint.CheckResult;
import org.tracelab.core.verify.constraint.Instruction;

/** {@code format:output_template}: the text contains {@code My Answer:}, {@code My Conclusion:} and {@code Future Outlook:}. */
public record OutputTemplate() implements Instruction {

    public static final String ID = "format:output_template";
    private static final List<String> HEADINGS = List.of("My Answer:", "My Conclusion:", "Future Outlook:");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public CheckResult check(AnalyzedText text) {
        List<String> missing = new ArrayList<>();
        for (String heading : HEADINGS) {
            if (!text.text().contains(heading)) {
                missing.add(heading);
            }
        }
        return missing.isEmpty()
                ? CheckResult.pass("has all three template headings")
                : CheckResult.fail("lacks " + String.join(", ", missing));
    }

    @Override
    public String restatement() {
        return "Use this template: \"My Answer: [answer] My Conclusion: [conclusion] Future Outlook: [outlook]\".";
    }
}
