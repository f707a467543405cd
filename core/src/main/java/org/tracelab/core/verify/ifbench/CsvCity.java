package org.tracelab.core.verify.ifbench;

import java.util.List;
import org.tracelab.core.verify.constraint.AnalyzedText;
import org.tracelab.core.verify.constraint.CheckResult;
import org.tracelab.core.verify.constraint.Instruction;
import org.tracelab.core.verify.text.PythonCsv;

/**
 * {@code custom:csv_city}: comma-separated data read by Python's {@code csv.reader}: the header
 * {@code ID,Country,City,Year,Count} and exactly 7 rows of 5 fields. A trailing blank line is an eighth (empty) row.
 */
public record CsvCity() implements Instruction {

    public static final String ID = "custom:csv_city";
    static final List<String> HEADER = List.of("ID", "Country", "City", "Year", "Count");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public CheckResult check(AnalyzedText text) {
        List<List<String>> rows;
        try {
            rows = PythonCsv.read(text.text(), ',');
        } catch (PythonCsv.CsvException e) {
            return CheckResult.fail(
                    "is not CSV Python can read (" + e.getMessage() + "; the reference checker raises)");
        }
        if (rows.size() != 8) {
            return CheckResult.fail("has " + rows.size() + " CSV rows; needs a header and 7 rows");
        }
        if (!rows.get(0).equals(HEADER)) {
            return CheckResult.fail("the header is " + rows.get(0) + "; needs " + HEADER);
        }
        for (int i = 1; i < rows.size(); i++) {
            if (rows.get(i).size() != 5) {
                return CheckResult.fail("row " + i + " has " + rows.get(i).size() + " fields; needs 5");
            }
        }
        return CheckResult.pass("a header and 7 rows of 5 fields");
    }

    @Override
    public String restatement() {
        return "Output only CSV data, comma-delimited, with the header ID,Country,City,Year,Count and exactly 7 rows.";
    }
}
