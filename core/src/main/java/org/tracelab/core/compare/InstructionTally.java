package org.tracelab.core.compare;

/**
 * One instruction of a task on one side, over the side's chains of that task: how many final attempts followed it.
 *
 * @param index the instruction's position in the task
 * @param instructionId e.g. {@code punctuation:no_comma}
 * @param chains the side's finished chains of the task
 * @param strictPasses chains whose final attempt follows it (strict)
 * @param loosePasses the same under the loose check
 */
public record InstructionTally(int index, String instructionId, int chains, int strictPasses, int loosePasses) {

    /** Followed by the majority of the chains (a tie is not). */
    public boolean strict() {
        return 2L * strictPasses > chains;
    }

    public boolean loose() {
        return 2L * loosePasses > chains;
    }
}
