package org.tracelab.core.compare;

/**
 * One instruction of a task on both sides: the majority verdicts (strict and loose) of each side's final attempts.
 *
 * @param index the instruction's position in the task
 * @param instructionId its id
 */
public record InstructionChange(
        int index, String instructionId, boolean aStrict, boolean bStrict, boolean aLoose, boolean bLoose) {

    /** How the strict verdict goes from A to B. */
    public TaskChange strictChange() {
        return TaskChange.of(aStrict, bStrict);
    }
}
