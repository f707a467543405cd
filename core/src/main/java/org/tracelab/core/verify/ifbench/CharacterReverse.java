package org.tracelab.core.verify.ifbench;

import org.tracelab.core.verify.constraint.AnalyzedText;
import org.tracelab.core.verify.constraint.CheckResult;
import org.tracelab.core.verify.constraint.Instruction;

/** {@code custom:character_reverse}: written backwards character by character: the text contains {@code elgae dlab}. */
public record CharacterReverse() implements Instruction {

    public static final String ID = "custom:character_reverse";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public CheckResult check(AnalyzedText text) {
        return text.lower().contains("elgae dlab")
                ? CheckResult.pass("contains \"bald eagle\" written backwards")
                : CheckResult.fail("does not contain \"elgae dlab\" (bald eagle written backwards)");
    }

    @Override
    public String restatement() {
        return "Answer in one sentence written backwards, letter by letter.";
    }
}
