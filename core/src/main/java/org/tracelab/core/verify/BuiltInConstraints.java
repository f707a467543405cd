package org.tracelab.core.verify;

import org.tracelab.core.verify.constraint.ConstraintRegistry;
import org.tracelab.core.verify.declarative.DeclarativeConstraints;
import org.tracelab.core.verify.ifbench.IfbenchConstraints;
import org.tracelab.core.verify.ifeval.IfevalConstraints;

/**
 * The constraint packs Tracelab ships: the one place that lists them. A new pack adds its
 * {@code register(builder)} call here.
 */
public final class BuiltInConstraints {

    private BuiltInConstraints() {}

    /** A new registry of every built-in type and conflict (immutable; cheap to build). */
    public static ConstraintRegistry registry() {
        ConstraintRegistry.Builder builder = ConstraintRegistry.builder();
        IfevalConstraints.register(builder);
        IfbenchConstraints.register(builder);
        DeclarativeConstraints.register(builder);
        return builder.build();
    }
}
