package org.tracelab.core.verify.ifbench;

import org.tracelab.core.verify.constraint.AnalyzedText;
import org.tracelab.core.verify.constraint.CheckResult;
import org.tracelab.core.verify.constraint.Instruction;
import org.tracelab.core.verify.text.PythonStrings;

/**
 * {@code format:quote_unquote}: as the reference decides it: with every {@code '"'} and all whitespace deleted,
 * the text has no {@code ""} and, stripped of ASCII digits and punctuation other than {@code "} at both ends,
 * does not end with {@code "}. A text without quotation marks passes; curly quotes are not looked at.
 */
public record QuoteUnquote() implements Instruction {

    public static final String ID = "format:quote_unquote";
    private static final String EDGE = "0123456789" + PythonStrings.ASCII_PUNCTUATION.replace("\"", "");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public CheckResult check(AnalyzedText text) {
        String s = text.text().replace("'\"'", "");
        StringBuilder compact = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            if (!PythonStrings.isSpace(s.charAt(i))) {
                compact.append(s.charAt(i));
            }
        }
        if (compact.indexOf("\"\"") >= 0) {
            return CheckResult.fail("has an empty quotation (\"\")");
        }
        String trimmed = PythonStrings.strip(compact.toString(), EDGE);
        if (!trimmed.isEmpty() && trimmed.endsWith("\"")) {
            return CheckResult.fail("ends with a quotation");
        }
        return CheckResult.pass("has no empty quotation and does not end with one");
    }

    @Override
    public String restatement() {
        return "Every quoted phrase must be followed by an unquoted explanation.";
    }
}
