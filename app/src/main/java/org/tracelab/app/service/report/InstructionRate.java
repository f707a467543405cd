package org.tracelab.app.service.report;

/**
 * How often the final attempts of one mode's finished chains followed one instruction id strictly.
 *
 * @param followed final attempts whose strict verdict on the instruction is "followed"
 * @param total    final attempts verified on the instruction
 */
public record InstructionRate(String mode, String instructionId, int followed, int total) {

    /** Strict pass rate in [0, 1]; NaN when nothing was verified. */
    public double rate() {
        return total == 0 ? Double.NaN : (double) followed / total;
    }
}
