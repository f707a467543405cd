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
 * {@code custom:csv_quotes}: tab-separated data with the header {@code StudentID Subject Grade Semester Score}
 * (optionally quoted) and 3 rows, every field enclosed in double quotes. As in the reference, every {@code "} is
 * tripled before reading so the quotes stay in the fields. An empty field makes the reference raise; it fails here.
 */
public record CsvQuotes() implements Instruction {

    public static final String ID = "custom:csv_quotes";
    private static final Pattern HEADER = PythonRegex.compile("^(StudentID|\"StudentID\")\\t *(Subject|\"Subject\")\\t"
            + " *(Grade|\"Grade\")\\t *(Semester|\"Semester\")\\t *(Score|\"Score\")$");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public CheckResult check(AnalyzedText text) {
        String header =
                PythonStrings.strip(PythonStrings.split(text.text(), "\n").get(0));
        if (!HEADER.matcher(header).lookingAt()) {
            return CheckResult.fail(
                    "the first line is not the tab-separated header StudentID Subject Grade Semester Score");
        }
        List<List<String>> rows;
        try {
            rows = PythonCsv.read(text.text().replace("\"", "\"\"\""), '\t');
        } catch (PythonCsv.CsvException e) {
            return CheckResult.fail(
                    "is not CSV Python can read (" + e.getMessage() + "; the reference checker raises)");
        }
        if (rows.size() != 4) {
            return CheckResult.fail("has " + rows.size() + " rows; needs a header and 3 rows");
        }
        for (int i = 0; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            if (row.size() != 5) {
                return CheckResult.fail("row " + i + " has " + row.size() + " fields; needs 5");
            }
            for (String field : row) {
                String stripped = PythonStrings.strip(field);
                if (stripped.isEmpty()) {
                    return CheckResult.fail("row " + i + " has an empty field (the reference checker raises)");
                }
                if (!stripped.startsWith("\"") || !stripped.endsWith("\"")) {
                    return CheckResult.fail("row " + i + " has a field not enclosed in double quotes");
                }
            }
        }
        return CheckResult.pass("a header and 3 rows, every field in double quotes");
    }

    @Override
    public String restatement() {
        return "Output only CSV data, tab-delimited, with the header StudentID, Subject, Grade, Semester, Score and exactly "
                + "3 rows, every field enclosed in double quotes.";
    }
}
