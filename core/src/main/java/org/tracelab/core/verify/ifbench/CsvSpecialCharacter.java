package org.tracelab.core.verify.ifbench;

import java.util.List;
import java.util.regex.Pattern;
import org.tracelab.core.verify.constraint.AnalyzedText;
import org.tracelab.core.verify.constraint.CheckResult;
import org.tracelab.core.verify.constraint.Instruction;
import org.tracelab.core.verify.text.PythonCsv;
import org.tracelab.core.verify.text.PythonRegex;
import org.tracelab.core.verify.text.PythonStrings;

/**
 * {@code custom:csv_special_character}: comma-separated data with the header
 * {@code ProductID,Category,Brand,Price,Stock} (optionally quoted) and 14 rows, where a field holds a special
 * character inside double quotes. As in the reference, every {@code "} is tripled before reading (so quotes stay
 * in the fields), and the rows are checked in order until the first with such a field, which passes: later rows
 * are never looked at.
 */
public record CsvSpecialCharacter() implements Instruction {

    public static final String ID = "custom:csv_special_character";
    private static final String SPACE_OR_TAB = "[ \\t]*";
    private static final Pattern HEADER = PythonRegex.compile("^(ProductID|\"ProductID\")," + SPACE_OR_TAB
            + "(Category|\"Category\")," + SPACE_OR_TAB + "(Brand|\"Brand\")," + SPACE_OR_TAB + "(Price|\"Price\"),"
            + SPACE_OR_TAB + "(Stock|\"Stock\")$");
    private static final Pattern QUOTED_SPECIAL = PythonRegex.compile("\".*[^\\p{Nd}" + PythonRegex.WORD_CHAR
            + PythonRegex.SPACE.substring(1, PythonRegex.SPACE.length() - 1) + "].*\"");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public CheckResult check(AnalyzedText text) {
        String header =
                PythonStrings.strip(PythonStrings.split(text.text(), "\n").get(0));
        if (!HEADER.matcher(header).lookingAt()) {
            return CheckResult.fail("the first line is not the header ProductID,Category,Brand,Price,Stock");
        }
        List<List<String>> rows;
        try {
            rows = PythonCsv.read(text.text().replace("\"", "\"\"\""), ',');
        } catch (PythonCsv.CsvException e) {
            return CheckResult.fail(
                    "is not CSV Python can read (" + e.getMessage() + "; the reference checker raises)");
        }
        if (rows.size() != 15) {
            return CheckResult.fail("has " + rows.size() + " CSV rows; needs a header and 14 rows");
        }
        for (int i = 1; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            if (row.size() != 5) {
                return CheckResult.fail("row " + i + " has " + row.size() + " fields; needs 5");
            }
            for (String field : row) {
                if (QUOTED_SPECIAL.matcher(field).lookingAt()) {
                    return CheckResult.pass("row " + i + " has a quoted field with a special character");
                }
            }
        }
        return CheckResult.fail("no field holds a special character inside double quotes");
    }

    @Override
    public String restatement() {
        return "Output only CSV data, comma-delimited, with the header ProductID,Category,Brand,Price,Stock and exactly "
                + "14 rows; one field must contain a special character and be enclosed in double quotes.";
    }
}
