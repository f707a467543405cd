package org.tracelab.app.service.report;

import java.util.Objects;
import org.tracelab.core.verify.constraint.ConstraintFamily;

/**
 * How an instruction id is shown to a person: its constraint type's readable name and the benchmark it belongs to.
 *
 * @param id     the instruction id as stored, e.g. {@code rule:word_count}
 * @param name   the type's display name ("Word count (range)"), or the id when the registry does not know it
 * @param family IFEval, IFBench or custom (declarative rules, task-spec constraints, ids the registry does not know)
 */
public record InstructionLabel(String id, String name, ConstraintFamily family) {

    public InstructionLabel {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(family, "family");
    }

    /** "IFEval", "IFBench" or "Custom". */
    public String benchmark() {
        return InstructionLabels.benchmark(family);
    }
}
