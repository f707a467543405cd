package org.tracelab.core.verify.ifbench;

import org.tracelab.core.verify.constraint.AnalyzedText;
import org.tracelab.core.verify.constraint.CheckResult;
import org.tracelab.core.verify.constraint.Instruction;

/**
 * {@code format:quotes}: quotation marks nested at least three deep. As in the reference, a character equal to
 * the top of a stack pops it, passing once the greatest depth ever reached exceeds the depth left by 3 or more;
 * otherwise an ASCII {@code "} or {@code '} is pushed. Apostrophes count as quotes; curly quotes are ignored.
 */
public record Quotes() implements Instruction {

    public static final String ID = "format:quotes";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public CheckResult check(AnalyzedText text) {
        StringBuilder stack = new StringBuilder();
        int reached = 0;
        String s = text.text();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (stack.length() > 0 && c == stack.charAt(stack.length() - 1)) {
                stack.setLength(stack.length() - 1);
                if (reached - stack.length() >= 3) {
                    return CheckResult.pass("quotation marks nest " + reached + " deep");
                }
            } else if (c == '"' || c == '\'') {
                stack.append(c);
                reached = Math.max(reached, stack.length());
            }
        }
        return CheckResult.fail("quotation marks never nest 3 deep (the deepest was " + reached + ")");
    }

    @Override
    public String restatement() {
        return "Nest quotations at least 3 levels deep, alternating double and single quotation marks.";
    }
}
