package org.tracelab.core.verify.ifbench;

import static org.tracelab.core.verify.ifbench.IfbenchText.number;

import java.util.ArrayList;
import java.util.List;
import org.tracelab.core.verify.constraint.AnalyzedText;
import org.tracelab.core.verify.constraint.CheckResult;
import org.tracelab.core.verify.constraint.Instruction;
import org.tracelab.core.verify.text.PythonRegex;

/**
 * {@code count:person_names}: at least {@code n} of the reference's 50 first names, each a whole word
 * (case-sensitive, Python's {@code \b}): {@code Emma's} counts, {@code Leonardo} is not {@code Leo}.
 */
public record PersonNames(double n) implements Instruction {

    public static final String ID = "count:person_names";
    static final List<String> NAMES = List.of(
            "Emma",
            "Liam",
            "Sophia",
            "Jackson",
            "Olivia",
            "Noah",
            "Ava",
            "Lucas",
            "Isabella",
            "Mason",
            "Mia",
            "Ethan",
            "Charlotte",
            "Alexander",
            "Amelia",
            "Benjamin",
            "Harper",
            "Leo",
            "Zoe",
            "Daniel",
            "Chloe",
            "Samuel",
            "Lily",
            "Matthew",
            "Grace",
            "Owen",
            "Abigail",
            "Gabriel",
            "Ella",
            "Jacob",
            "Scarlett",
            "Nathan",
            "Victoria",
            "Elijah",
            "Layla",
            "Nicholas",
            "Audrey",
            "David",
            "Hannah",
            "Christopher",
            "Penelope",
            "Thomas",
            "Nora",
            "Andrew",
            "Aria",
            "Joseph",
            "Claire",
            "Ryan",
            "Stella",
            "Jonathan");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public CheckResult check(AnalyzedText text) {
        List<String> found = new ArrayList<>();
        for (String name : NAMES) {
            if (containsWord(text.text(), name)) {
                found.add(name);
            }
        }
        String explanation =
                "found " + found.size() + " of the listed names " + found + "; needs at least " + number(n);
        return found.size() >= n ? CheckResult.pass(explanation) : CheckResult.fail(explanation);
    }

    /**
     * Python's {@code re.search(r"\b" + name + r"\b", text)} for a name of ASCII letters: an occurrence with no
     * word character (Python's {@code \w}) right before or after it.
     */
    static boolean containsWord(String text, String name) {
        for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
            int end = at + name.length();
            boolean startsWord = at == 0 || !PythonRegex.isWordChar(text.codePointBefore(at));
            boolean endsWord = end == text.length() || !PythonRegex.isWordChar(text.codePointAt(end));
            if (startsWord && endsWord) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String restatement() {
        return "Mention at least " + number(n) + " different people by first name, chosen from: "
                + String.join(", ", NAMES) + ".";
    }
}
