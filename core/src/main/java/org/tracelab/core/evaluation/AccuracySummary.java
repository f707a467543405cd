package org.tracelab.core.evaluation;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.tracelab.core.verify.InstructionVerdict;
import org.tracelab.core.verify.ResponseVerdict;

/**
 * IFEval's four accuracies over a set of verdicts, plus the per-instruction-id breakdown.
 * Prompt level: all instructions of a response followed. Instruction level: followed instructions over
 * all instructions (micro-average).
 */
public record AccuracySummary(
        int responses,
        int instructions,
        int promptsStrict,
        int promptsLoose,
        int instructionsStrict,
        int instructionsLoose,
        Map<String, IdCounts> byInstructionId) {

    /** Counts for one instruction id. */
    public record IdCounts(int total, int strict, int loose) {

        IdCounts add(InstructionVerdict verdict) {
            return new IdCounts(total + 1, strict + (verdict.strict() ? 1 : 0), loose + (verdict.loose() ? 1 : 0));
        }
    }

    public static AccuracySummary of(List<ResponseVerdict> verdicts) {
        int instructions = 0;
        int promptsStrict = 0;
        int promptsLoose = 0;
        int followedStrict = 0;
        int followedLoose = 0;
        Map<String, IdCounts> byId = new TreeMap<>();
        for (ResponseVerdict verdict : verdicts) {
            instructions += verdict.instructions().size();
            promptsStrict += verdict.followsAllStrict() ? 1 : 0;
            promptsLoose += verdict.followsAllLoose() ? 1 : 0;
            followedStrict += verdict.followedStrict();
            followedLoose += verdict.followedLoose();
            for (InstructionVerdict instruction : verdict.instructions()) {
                byId.merge(
                        instruction.instructionId(),
                        new IdCounts(0, 0, 0).add(instruction),
                        (a, b) -> new IdCounts(a.total + b.total, a.strict + b.strict, a.loose + b.loose));
            }
        }
        return new AccuracySummary(
                verdicts.size(), instructions, promptsStrict, promptsLoose, followedStrict, followedLoose, byId);
    }

    public double promptStrict() {
        return ratio(promptsStrict, responses);
    }

    public double promptLoose() {
        return ratio(promptsLoose, responses);
    }

    public double instructionStrict() {
        return ratio(instructionsStrict, instructions);
    }

    public double instructionLoose() {
        return ratio(instructionsLoose, instructions);
    }

    private static double ratio(int part, int whole) {
        return whole == 0 ? 0.0 : (double) part / whole;
    }
}
