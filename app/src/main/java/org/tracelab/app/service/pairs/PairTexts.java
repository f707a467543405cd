package org.tracelab.app.service.pairs;

import java.util.List;
import java.util.Objects;
import org.tracelab.core.verify.InstructionVerdict;

/**
 * The texts of one pair as export would write them: the task's prompt and both answers without reasoning, with each
 * answer's verdicts (their evidence spans mark where an answer breaks an instruction).
 */
public record PairTexts(
        String prompt,
        String chosen,
        String rejected,
        List<InstructionVerdict> chosenVerdicts,
        List<InstructionVerdict> rejectedVerdicts) {

    public PairTexts {
        Objects.requireNonNull(prompt, "prompt");
        Objects.requireNonNull(chosen, "chosen");
        Objects.requireNonNull(rejected, "rejected");
        chosenVerdicts = List.copyOf(chosenVerdicts);
        rejectedVerdicts = List.copyOf(rejectedVerdicts);
    }
}
