package org.tracelab.core.verify.constraint;

import java.util.Locale;
import java.util.Optional;

/**
 * Whether a constraint decides the prompt-level verdict. A {@link #SOFT} constraint is verified and
 * recorded like any other, but a response that breaks only soft constraints still passes the prompt; repairs
 * address hard violations first. IFEval and IFBench constraints are always {@link #HARD}.
 */
public enum ConstraintLevel {
    HARD,
    SOFT;

    /** {@code hard} or {@code soft}, as task specs and records write it. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ConstraintLevel> fromWireName(String name) {
        for (ConstraintLevel level : values()) {
            if (level.wireName().equals(name)) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }
}
