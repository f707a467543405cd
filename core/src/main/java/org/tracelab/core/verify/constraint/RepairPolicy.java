package org.tracelab.core.verify.constraint;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * How {@code full_pcl} treats one constraint of one task.
 *
 * @param repairClass patch ({@link RepairClass#LOCAL}) or regenerate ({@link RepairClass#STRUCTURAL}): the type's
 *                    class unless the task file gave a strategy hint
 * @param rank        the order a repair prompt lists violations in, lower first (ties keep the instruction
 *                    order); 0 unless the task file set priorities
 * @param maxRounds   the most repair rounds that may address this constraint, when the task file says so; past
 *                    it the constraint is still verified but no longer asked for
 */
public record RepairPolicy(RepairClass repairClass, int rank, OptionalInt maxRounds) {

    public RepairPolicy {
        Objects.requireNonNull(repairClass, "repairClass");
        Objects.requireNonNull(maxRounds, "maxRounds");
        if (maxRounds.isPresent() && maxRounds.getAsInt() < 0) {
            throw new IllegalArgumentException("negative repair rounds");
        }
    }

    /** The type's own class, no rank, no limit. */
    public static RepairPolicy of(RepairClass repairClass) {
        return new RepairPolicy(repairClass, 0, OptionalInt.empty());
    }
}
