package org.tracelab.core.verify.constraint;

/**
 * Where a constraint type comes from; results and the UI group instruction ids by it.
 * {@link #CUSTOM} covers the declarative rules and everything read from task specs.
 */
public enum ConstraintFamily {
    IFEVAL,
    IFBENCH,
    CUSTOM
}
