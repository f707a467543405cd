package org.tracelab.core.compare;

/**
 * How one instruction's strict verdict changed from A to B over the compared tasks that list it.
 *
 * @param instructionId the instruction
 * @param tasks matched tasks that list it
 * @param fixed tasks where A's majority broke it and B's follows it
 * @param broken the reverse
 */
public record InstructionFlips(String instructionId, int tasks, int fixed, int broken) {}
