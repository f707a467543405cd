package org.tracelab.core.verify.ifeval;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tracelab.core.verify.constraint.AnalyzedText;
import org.tracelab.core.verify.constraint.CheckResult;
import org.tracelab.core.verify.constraint.Instruction;
import org.tracelab.core.verify.text.PythonRegex;
import org.tracelab.core.verify.text.PythonStrings;

/**
 * {@code detectable_content:postscript}: the lower-cased response contains the marker (with the official
 * checker's special patterns for "P.S." and "P.P.S"). It is a search, not anchored at a line start.
 */
public record Postscript(String marker, Pattern pattern) implements Instruction {

    public static final String ID = "detectable_content:postscript";

    public static Postscript of(String marker) {
        String regex;
        if (marker.equals("P.P.S")) {
            regex = "\\s*p\\.\\s?p\\.\\s?s.*$";
        } else if (marker.equals("P.S.")) {
            regex = "\\s*p\\.\\s?s\\..*$";
        } else {
            regex = "\\s*" + PythonStrings.lower(marker) + ".*$";
        }
        return new Postscript(marker, PythonRegex.compile(regex.replace("\\s", PythonRegex.SPACE), Pattern.MULTILINE));
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String restatement() {
        return "End your response with a postscript starting with " + marker + ".";
    }

    @Override
    public CheckResult check(AnalyzedText text) {
        Matcher m = pattern.matcher(text.lower());
        return m.find()
                ? CheckResult.pass("found the postscript marker \"" + marker + "\"")
                : CheckResult.fail("no postscript starting with \"" + marker + "\"");
    }
}
