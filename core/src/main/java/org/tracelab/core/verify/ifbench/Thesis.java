package org.tracelab.core.verify.ifbench;

import org.tracelab.core.verify.constraint.AnalyzedText;
import org.tracelab.core.verify.constraint.CheckResult;
import org.tracelab.core.verify.constraint.Instruction;
import org.tracelab.core.verify.text.PythonStrings;

/**
 * {@code format:thesis}: an italic thesis ({@code <i>...</i>} or {@code <em>...</em>}) with text inside and
 * text after it. The reference's offsets are kept: 3 characters are skipped after the opening tag and 4 after
 * the closing one, so after {@code <em>} a {@code >} counts as text inside and after {@code </em>} as text after.
 */
public record Thesis() implements Instruction {

    public static final String ID = "format:thesis";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public CheckResult check(AnalyzedText text) {
        String s = text.text();
        int open = s.indexOf("<i>");
        if (open < 0) {
            open = s.indexOf("<em>");
        }
        if (open < 0) {
            return CheckResult.fail("has no <i> or <em>");
        }
        String rest = s.substring(open);
        int close = rest.indexOf("</i>");
        if (close < 0) {
            close = rest.indexOf("</em>");
        }
        if (close < 0) {
            return CheckResult.fail("the italic text is never closed");
        }
        String inside = close > 3 ? rest.substring(3, close) : "";
        if (PythonStrings.isBlank(inside)) {
            return CheckResult.fail("the italic thesis is empty");
        }
        String after = close + 4 < rest.length() ? rest.substring(close + 4) : "";
        return PythonStrings.isBlank(after)
                ? CheckResult.fail("nothing follows the italic thesis")
                : CheckResult.pass("has an italic thesis followed by more text");
    }

    @Override
    public String restatement() {
        return "Each section must begin with a thesis statement in italics, using HTML to indicate the italics (<i>...</i>).";
    }
}
