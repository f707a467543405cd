package org.tracelab.core.verify.ifeval;

import java.util.List;
import java.util.Optional;
import org.tracelab.core.verify.constraint.AnalyzedText;
import org.tracelab.core.verify.constraint.CheckResult;
import org.tracelab.core.verify.constraint.Instruction;
import org.tracelab.core.verify.text.PythonStrings;
import org.tracelab.core.verify.text.Span;

/**
 * {@code change_case:english_capital}: the response is upper case (Python's {@code isupper}) and then
 * langdetect says English; a detection failure in that second step counts as followed.
 */
public record EnglishCapital() implements Instruction {

    public static final String ID = "change_case:english_capital";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String restatement() {
        return "Your entire response must be in English and in capital letters only.";
    }

    @Override
    public CheckResult check(AnalyzedText text) {
        if (!PythonStrings.isUpper(text.text())) {
            List<Span> lower = CaseRuns.of(text.text(), CaseRuns::lowerOrTitle);
            return CheckResult.fail(
                    lower,
                    lower.isEmpty()
                            ? "no letters with case; the response must be in capital letters"
                            : "found " + Matches.plural(lower.size(), "run", "runs") + " of lower-case letters");
        }
        Optional<String> language = text.language();
        if (language.isEmpty()) {
            return CheckResult.pass("all capitals; language could not be detected, counted as followed");
        }
        return language.get().equals("en")
                ? CheckResult.pass("all capitals, in English")
                : CheckResult.fail("all capitals, but the language detected is " + language.get() + ", not en");
    }
}
