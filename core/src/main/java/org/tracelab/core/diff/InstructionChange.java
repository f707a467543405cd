package org.tracelab.core.diff;

import java.util.Objects;

/**
 * One instruction's verdicts compared between two attempts of the same task.
 *
 * @param index         position of the instruction in the task's instruction list
 * @param instructionId the IFEval id, e.g. {@code punctuation:no_comma}
 */
public record InstructionChange(int index, String instructionId, VerdictChange strict, VerdictChange loose) {

    public InstructionChange {
        Objects.requireNonNull(instructionId, "instructionId");
        Objects.requireNonNull(strict, "strict");
        Objects.requireNonNull(loose, "loose");
    }
}
