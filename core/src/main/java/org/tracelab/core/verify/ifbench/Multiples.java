package org.tracelab.core.verify.ifbench;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tracelab.core.verify.constraint.AnalyzedText;
import org.tracelab.core.verify.constraint.CheckResult;
import org.tracelab.core.verify.constraint.Instruction;
import org.tracelab.core.verify.text.PythonRegex;

/**
 * {@code custom:multiples}: the numbers in the text (runs of decimal digits) are exactly 14, 21, 28, 35, 42, 49,
 * compared as written ({@code 014} or Arabic-Indic digits fail).
 */
public record Multiples() implements Instruction {

    public static final String ID = "custom:multiples";
    static final List<String> EXPECTED = List.of("14", "21", "28", "35", "42", "49");
    private static final Pattern DIGITS = PythonRegex.compile("\\p{Nd}+");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public CheckResult check(AnalyzedText text) {
        List<String> numbers = new ArrayList<>();
        Matcher m = DIGITS.matcher(text.text().replace(",", ", "));
        while (m.find()) {
            numbers.add(m.group());
        }
        return numbers.equals(EXPECTED)
                ? CheckResult.pass("lists exactly 14, 21, 28, 35, 42, 49")
                : CheckResult.fail("lists " + numbers + "; needs exactly " + EXPECTED);
    }

    @Override
    public String restatement() {
        return "Count from 10 to 50 but print only the multiples of 7, and no other numbers.";
    }
}
