package org.tracelab.core.verify.ifeval;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.tracelab.core.verify.constraint.AnalyzedText;
import org.tracelab.core.verify.constraint.CheckResult;
import org.tracelab.core.verify.constraint.Instruction;
import org.tracelab.core.verify.text.PythonRegex;

/** {@code keywords:existence}: every keyword is found by a case-insensitive search; substrings count. */
public record KeywordsExistence(List<String> keywords, List<Pattern> patterns) implements Instruction {

    public static final String ID = "keywords:existence";

    public KeywordsExistence {
        keywords = List.copyOf(keywords);
        patterns = List.copyOf(patterns);
    }

    /** Keywords are regexes, as in the official checker. */
    public static KeywordsExistence of(List<String> keywords) {
        return new KeywordsExistence(
                keywords,
                keywords.stream()
                        .map(k -> PythonRegex.compile(k, PythonRegex.IGNORE_CASE))
                        .toList());
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String restatement() {
        return "Your response must include the keywords " + Phrases.quotedList(keywords) + ".";
    }

    @Override
    public CheckResult check(AnalyzedText text) {
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < keywords.size(); i++) {
            if (!patterns.get(i).matcher(text.text()).find()) {
                missing.add(keywords.get(i));
            }
        }
        return missing.isEmpty()
                ? CheckResult.pass("all " + keywords.size() + " keywords found")
                : CheckResult.fail("missing keyword" + (missing.size() == 1 ? " " : "s ")
                        + String.join(
                                ", ", missing.stream().map(k -> "\"" + k + "\"").toList()));
    }
}
