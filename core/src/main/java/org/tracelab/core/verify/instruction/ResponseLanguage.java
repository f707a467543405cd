package org.tracelab.core.verify.instruction;

import java.util.Optional;
import org.tracelab.core.verify.AnalyzedText;
import org.tracelab.core.verify.CheckResult;

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
