package org.tracelab.core.verify.ifbench;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.tracelab.core.verify.constraint.AnalyzedText;
import org.tracelab.core.verify.constraint.CheckResult;
import org.tracelab.core.verify.constraint.Instruction;
import org.tracelab.core.verify.text.PythonStrings;

/**
 * {@code words:vowel}: a single line (after stripping) that uses at most three distinct vowels of {@code aeiou},
 * letter case ignored ({@code y} is no vowel here).
 */
public record Vowel() implements Instruction {

    public static final String ID = "words:vowel";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public CheckResult check(AnalyzedText text) {
        List<String> lines = PythonStrings.split(text.stripped(), "\n");
        if (lines.size() != 1) {
            return CheckResult.fail("has " + lines.size() + " lines; needs one");
        }
        Set<Character> vowels = new TreeSet<>();
        for (char c : PythonStrings.lower(lines.get(0)).toCharArray()) {
            if ("aeiou".indexOf(c) >= 0) {
                vowels.add(c);
            }
        }
        String explanation = "uses " + vowels.size() + " distinct vowels " + vowels + "; allows at most 3";
        return vowels.size() <= 3 ? CheckResult.pass(explanation) : CheckResult.fail(explanation);
    }

    @Override
    public String restatement() {
        return "Write a single paragraph using words that contain only three types of vowels.";
    }
}
