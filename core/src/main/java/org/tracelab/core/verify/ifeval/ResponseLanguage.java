package org.tracelab.core.verify.ifeval;

import java.util.Locale;
import java.util.Optional;
import org.tracelab.core.verify.constraint.AnalyzedText;
import org.tracelab.core.verify.constraint.CheckResult;
import org.tracelab.core.verify.constraint.Instruction;

/**
 * {@code language:response_language}: langdetect's top language equals the ISO 639-1 code. When the
 * detector cannot decide (no features in the text) the official checker counts a pass.
 */
public record ResponseLanguage(String language) implements Instruction {

    public static final String ID = "language:response_language";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String restatement() {
        String name = Locale.forLanguageTag(language).getDisplayLanguage(Locale.ENGLISH);
        return "Your entire response must be in " + (name.isEmpty() ? language : name) + ", with no other language.";
    }

    @Override
    public CheckResult check(AnalyzedText text) {
        Optional<String> detected = text.language();
        if (detected.isEmpty()) {
            return CheckResult.pass("language could not be detected; counted as followed, as IFEval does");
        }
        String found = detected.get();
        return found.equals(language)
                ? CheckResult.pass("detected language " + found)
                : CheckResult.fail("detected language " + found + "; the instruction asks for " + language);
    }
}
