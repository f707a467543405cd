package org.tracelab.core.verify;

import java.util.List;

/** The verdicts on every instruction of one prompt for one response. */
public record ResponseVerdict(List<InstructionVerdict> instructions) {

    public ResponseVerdict {
        instructions = List.copyOf(instructions);
    }

    /** Prompt-level strict: every hard instruction followed (soft ones are recorded but do not decide). */
    public boolean followsAllStrict() {
        return instructions.stream().allMatch(v -> v.strict() || !v.hard());
    }

    /** Prompt-level loose: every hard instruction followed by some loose variant. */
    public boolean followsAllLoose() {
        return instructions.stream().allMatch(v -> v.loose() || !v.hard());
    }

    public int followedStrict() {
        return (int) instructions.stream().filter(InstructionVerdict::strict).count();
    }

    public int followedLoose() {
        return (int) instructions.stream().filter(InstructionVerdict::loose).count();
    }

    public List<Boolean> strictList() {
        return instructions.stream().map(InstructionVerdict::strict).toList();
    }

    public List<Boolean> looseList() {
        return instructions.stream().map(InstructionVerdict::loose).toList();
    }
}
