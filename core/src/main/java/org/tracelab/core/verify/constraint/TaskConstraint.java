package org.tracelab.core.verify.constraint;

import java.util.Objects;

/**
 * One constraint of one task: the instruction its type built, and how this task treats it.
 *
 * @param type        the registered type that built {@code instruction}
 * @param level       whether it decides the prompt-level verdict
 * @param repairClass how {@code full_pcl} repairs it in this task: the type's class unless the task file gave a
 *                    strategy hint
 * @param priority    the order repairs list violations in, highest first (0 when the file gave none)
 */
public record TaskConstraint(ConstraintType type, Instruction instruction, ConstraintLevel level,
        RepairClass repairClass, int priority) {

    public TaskConstraint {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(instruction, "instruction");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(repairClass, "repairClass");
        if (!type.id().equals(instruction.id())) {
            throw new IllegalArgumentException("instruction " + instruction.id() + " is not of type " + type.id());
        }
    }

    /** A hard constraint with its type's repair class and no priority: how IFEval-format files are read. */
    public static TaskConstraint hard(ConstraintType type, Instruction instruction) {
        return new TaskConstraint(type, instruction, ConstraintLevel.HARD, type.repairClass(), 0);
    }

    public String id() {
        return instruction.id();
    }

    public boolean hard() {
        return level == ConstraintLevel.HARD;
    }
}
