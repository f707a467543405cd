package org.tracelab.core.verify.ifbench;

import org.tracelab.core.verify.constraint.AnalyzedText;
import org.tracelab.core.verify.constraint.CheckResult;
import org.tracelab.core.verify.constraint.Instruction;

/**
 * {@code format:parentheses}: brackets ({@code ()}, {@code []}, {@code {}}) nested at least five deep. As in the
 * reference, a stack of openers is kept with its greatest depth; a closer that matches the top pops it and passes
 * once that depth is 5 or more (unclosed openers count); any other closer clears the stack and the depth.
 */
public record Parentheses() implements Instruction {

    public static final String ID = "format:parentheses";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public CheckResult check(AnalyzedText text) {
        StringBuilder stack = new StringBuilder();
        int deepest = 0;
        String s = text.text();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(' || c == '[' || c == '{') {
                stack.append(c);
                deepest = Math.max(deepest, stack.length());
            } else if (c == ')' || c == ']' || c == '}') {
                if (stack.length() > 0 && stack.charAt(stack.length() - 1) == opener(c)) {
                    stack.setLength(stack.length() - 1);
                    if (deepest >= 5) {
                        return CheckResult.pass("brackets nest " + deepest + " deep");
                    }
                } else {
                    stack.setLength(0);
                    deepest = 0;
                }
            }
        }
        return CheckResult.fail("brackets never nest 5 deep");
    }

    private static char opener(char closer) {
        return closer == ')' ? '(' : closer == ']' ? '[' : '{';
    }

    @Override
    public String restatement() {
        return "Nest parentheses (and/or square or curly brackets) at least 5 levels deep.";
    }
}
