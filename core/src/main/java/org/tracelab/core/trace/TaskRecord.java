package org.tracelab.core.trace;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.tracelab.core.verify.constraint.ConstraintLevel;

/**
 * A task as a run saw it.
 *
 * @param datasetKey       the dataset's key as text, e.g. {@code "1000"}
 * @param instructionIds   the IFEval instruction ids in order
 * @param kwargs           one kwargs object per instruction, exactly as given
 * @param feasibilityFlags what the runner found about the task before asking, e.g.
 *                         {@code infeasible:length_vs_max_tokens}; empty when none
 * @param levels           one per instruction: whether it decides the prompt-level verdict (all {@code hard}
 *                         unless the task file marked some soft)
 * @param provenance       where a composed task came from ({@code pool}, {@code pool_line}, {@code seed}, …) as the
 *                         task file gave it; null for a task that was not composed
 */
public record TaskRecord(
        String datasetKey,
        String prompt,
        List<String> instructionIds,
        List<JsonNode> kwargs,
        List<String> feasibilityFlags,
        List<ConstraintLevel> levels,
        JsonNode provenance) {

    public TaskRecord {
        Objects.requireNonNull(datasetKey, "datasetKey");
        Objects.requireNonNull(prompt, "prompt");
        instructionIds = List.copyOf(instructionIds);
        kwargs = List.copyOf(kwargs);
        feasibilityFlags = List.copyOf(feasibilityFlags);
        levels = levels == null || levels.isEmpty()
                ? Collections.nCopies(instructionIds.size(), ConstraintLevel.HARD)
                : List.copyOf(levels);
        if (kwargs.size() != instructionIds.size() || levels.size() != instructionIds.size()) {
            throw new IllegalArgumentException("task " + datasetKey + ": " + instructionIds.size()
                    + " instruction ids but " + kwargs.size() + " kwargs and " + levels.size() + " levels");
        }
        provenance =
                provenance == null || provenance.isNull() || provenance.isMissingNode() ? null : provenance.deepCopy();
    }

    /** A task whose instructions are all hard and that was not composed. */
    public TaskRecord(
            String datasetKey,
            String prompt,
            List<String> instructionIds,
            List<JsonNode> kwargs,
            List<String> feasibilityFlags) {
        this(datasetKey, prompt, instructionIds, kwargs, feasibilityFlags, List.of(), null);
    }

    /** Whether some instruction is soft. */
    public boolean hasSoftInstructions() {
        return levels.contains(ConstraintLevel.SOFT);
    }
}
