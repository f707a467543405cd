package org.tracelab.core.verify.constraint;

import java.util.Objects;

/**
 * One constraint of one task: the instruction its type built, and how this task treats it.
 *
 * @param type   the registered type that built {@code instruction}
 * @param level  whether it decides the prompt-level verdict
 * @param repair how {@code full_pcl} repairs it in this task
 */
public record TaskConstraint(ConstraintType type, Instruction instruction, ConstraintLevel level, RepairPolicy repair) {

    public TaskConstraint {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(instruction, "instruction");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(repair, "repair");
        if (!type.id().equals(instruction.id())) {
            throw new IllegalArgumentException("instruction " + instruction.id() + " is not of type " + type.id());
        }
    }

    /** A hard constraint repaired as its type says: how IFEval-format files are read. */
    public static TaskConstraint hard(ConstraintType type, Instruction instruction) {
        return of(type, instruction, ConstraintLevel.HARD);
    }

    /** A constraint at this level, repaired as its type says. */
    public static TaskConstraint of(ConstraintType type, Instruction instruction, ConstraintLevel level) {
        return new TaskConstraint(type, instruction, level, RepairPolicy.of(type.repairClass()));
    }

    public String id() {
        return instruction.id();
    }

    public boolean hard() {
        return level == ConstraintLevel.HARD;
    }

    public RepairClass repairClass() {
        return repair.repairClass();
    }
}
