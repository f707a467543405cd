package org.tracelab.core.dataset;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import org.tracelab.core.trace.TaskRecord;
import org.tracelab.core.verify.constraint.Instruction;
import org.tracelab.core.verify.constraint.TaskConstraint;

/**
 * One task of a task file in any format Tracelab reads, seen in IFEval's shape: the key and prompt, the
 * instruction ids and kwargs exactly as given (null kwargs dropped), and the constraints built from them.
 *
 * @param key             the task's key as it appears in the file (a number in the official IFEval data, a
 *                        string in IFBench and task specs)
 * @param kwargs          one kwargs object per instruction, as given
 * @param constraints     one per instruction id, in order: the instruction, its level and repair handling
 * @param maxRepairRounds the most repair rounds {@code full_pcl} may spend on this task, when its file says so
 * @param provenance      where a composed task came from (its file's {@code provenance} object), else null
 */
public record IfevalTask(
        JsonNode key,
        String prompt,
        List<String> instructionIds,
        List<JsonNode> kwargs,
        List<TaskConstraint> constraints,
        OptionalInt maxRepairRounds,
        JsonNode provenance) {

    public IfevalTask {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(prompt, "prompt");
        instructionIds = List.copyOf(instructionIds);
        kwargs = List.copyOf(kwargs);
        constraints = List.copyOf(constraints);
        Objects.requireNonNull(maxRepairRounds, "maxRepairRounds");
        provenance = provenance == null || provenance.isNull() ? null : provenance.deepCopy();
        if (instructionIds.size() != kwargs.size() || instructionIds.size() != constraints.size()) {
            throw new IllegalArgumentException("task " + key + ": " + instructionIds.size() + " ids, " + kwargs.size()
                    + " kwargs, " + constraints.size() + " constraints");
        }
    }

    /** A task whose constraints are all hard, with their types' repair classes and no repair budget of its own. */
    public static IfevalTask of(
            JsonNode key,
            String prompt,
            List<String> instructionIds,
            List<JsonNode> kwargs,
            List<TaskConstraint> constraints) {
        return new IfevalTask(key, prompt, instructionIds, kwargs, constraints, OptionalInt.empty(), null);
    }

    /** The task as a run records it, with what the runner found about it before asking. */
    public TaskRecord toRecord(List<String> feasibilityFlags) {
        return new TaskRecord(
                keyText(),
                prompt,
                instructionIds,
                kwargs,
                feasibilityFlags,
                constraints.stream().map(TaskConstraint::level).toList(),
                provenance);
    }

    /** The key as text, e.g. {@code "1000"}. */
    public String keyText() {
        return key.asText();
    }

    /** The instructions, in order. */
    public List<Instruction> instructions() {
        return constraints.stream().map(TaskConstraint::instruction).toList();
    }

    /** Whether some constraint is soft (then a prompt passes when every hard one does). */
    public boolean hasSoftConstraints() {
        return constraints.stream().anyMatch(c -> !c.hard());
    }
}
