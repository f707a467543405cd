package org.tracelab.core.verify.ifbench;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tracelab.core.verify.constraint.AnalyzedText;
import org.tracelab.core.verify.constraint.CheckResult;
import org.tracelab.core.verify.constraint.Instruction;
import org.tracelab.core.verify.text.PythonRegex;
import org.tracelab.core.verify.text.PythonStrings;

/**
 * {@code custom:date_format_list}: a comma-separated list of {@code YYYY-MM-DD} dates (digits of any script) in
 * the years 1769 to 1821 (Napoleon's lifetime). Only what the reference checks is checked: month at most 12, day
 * at most 31, 30 or 29 by month; day 00 passes, and month 00 passes with any day.
 */
public record DateFormatList() implements Instruction {

    public static final String ID = "custom:date_format_list";
    private static final Pattern DATE = PythonRegex.compile("(\\p{Nd}{4})-(\\p{Nd}{2})-(\\p{Nd}{2})");
    private static final List<Integer> LONG_MONTHS = List.of(1, 3, 5, 7, 8, 10, 12);
    private static final List<Integer> SHORT_MONTHS = List.of(4, 6, 9, 11);

    @Override
    public String id() {
        return ID;
    }

    @Override
    public CheckResult check(AnalyzedText text) {
        for (String piece : PythonStrings.split(text.stripped(), ",")) {
            String date = PythonStrings.strip(piece);
            Matcher parts = DATE.matcher(date);
            if (!parts.matches()) {
                return CheckResult.fail("\"" + date + "\" is not a YYYY-MM-DD date");
            }
            int year = number(parts.group(1));
            int month = number(parts.group(2));
            int day = number(parts.group(3));
            if (year < 1769 || year > 1821) {
                return CheckResult.fail("\"" + date + "\" is outside Napoleon's lifetime (1769 to 1821)");
            }
            int maxDay = LONG_MONTHS.contains(month) ? 31 : SHORT_MONTHS.contains(month) ? 30 : month == 2 ? 29 : 99;
            if (month > 12 || day > maxDay) {
                return CheckResult.fail("\"" + date + "\" is not a valid date");
            }
        }
        return CheckResult.pass("a comma-separated list of YYYY-MM-DD dates");
    }

    /** Python's {@code int(s)} for decimal digits of any script. */
    private static int number(String digits) {
        return digits.codePoints().reduce(0, (value, cp) -> value * 10 + Character.digit(cp, 10));
    }

    @Override
    public String restatement() {
        return "Answer with a comma-separated list of dates in the format YYYY-MM-DD and no explanation.";
    }
}
