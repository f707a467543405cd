package org.tracelab.core.verify.constraint;

import java.util.Objects;

/**
 * Two constraint types that should never be asked together, because one answer can rarely or never follow
 * both (e.g. all lower case and all capitals). The order of the ids does not matter.
 */
public record ConstraintConflict(String first, String second, String reason) {

    public ConstraintConflict {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
        Objects.requireNonNull(reason, "reason");
    }

    public boolean involves(String a, String b) {
        return (first.equals(a) && second.equals(b)) || (first.equals(b) && second.equals(a));
    }
}
