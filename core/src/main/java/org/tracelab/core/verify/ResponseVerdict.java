package org.tracelab.core.verify;

import java.util.List;

/** The verdicts on every instruction of one prompt for one response. */
public record ResponseVerdict(List<InstructionVerdict> instructions) {

    public ResponseVerdict {
        instructions = List.copyOf(instructions);
    }

    /** Prompt-level strict: every instruction followed. */
    public boolean followsAllStrict() {
        return instructions.stream().allMatch(InstructionVerdict::strict);
    }

    /** Prompt-level loose: every instruction followed by some loose variant. */
    public boolean followsAllLoose() {
        return instructions.stream().allMatch(InstructionVerdict::loose);
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
