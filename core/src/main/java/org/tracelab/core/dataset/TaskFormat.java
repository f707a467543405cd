package org.tracelab.core.dataset;

import java.util.Locale;

/** The task-file formats Tracelab reads; detected per file from its first task. */
public enum TaskFormat {
    /** IFEval's own: {@code key}, {@code prompt}, {@code instruction_id_list}, {@code kwargs}. */
    IFEVAL,
    /** WasmAgent's short shape: {@code id?}, {@code instruction}, {@code constraints: [{type, rule, value}]}. */
    WASMAGENT_SHORT,
    /** WasmAgent's {@code TaskSpec}: {@code id}, {@code intent}, {@code constraints: [ConstraintIR]}, {@code repair}. */
    WASMAGENT_TASKSPEC;

    /** {@code ifeval}, {@code wasmagent_short}, {@code wasmagent_taskspec}: as runs record it. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
