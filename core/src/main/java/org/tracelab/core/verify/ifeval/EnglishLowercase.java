package org.tracelab.core.verify.ifeval;

import java.util.List;
import java.util.Optional;
import org.tracelab.core.verify.constraint.AnalyzedText;
import org.tracelab.core.verify.constraint.CheckResult;
import org.tracelab.core.verify.constraint.Instruction;
import org.tracelab.core.verify.text.PythonStrings;
import org.tracelab.core.verify.text.Span;

/**
 * {@code change_case:english_lowercase}: the response is lower case (Python's {@code islower}) and then
 * langdetect says English; a detection failure in that second step counts as followed.
 */
public record EnglishLowercase() implements Instruction {

    public static final String ID = "change_case:english_lowercase";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String restatement() {
        return "Your entire response must be in English and in lowercase letters only; no capital letters.";
    }

    @Override
    public CheckResult check(AnalyzedText text) {
        if (!PythonStrings.isLower(text.text())) {
            List<Span> upper = CaseRuns.of(text.text(), CaseRuns::upperOrTitle);
            return CheckResult.fail(
                    upper,
                    upper.isEmpty()
                            ? "no letters with case; the response must be in lower-case letters"
                            : "found " + Matches.plural(upper.size(), "run", "runs") + " of capital letters");
        }
        Optional<String> language = text.language();
        if (language.isEmpty()) {
            return CheckResult.pass("all lower case; language could not be detected, counted as followed");
        }
        return language.get().equals("en")
                ? CheckResult.pass("all lower case, in English")
                : CheckResult.fail("all lower case, but the language detected is " + language.get() + ", not en");
    }
}
