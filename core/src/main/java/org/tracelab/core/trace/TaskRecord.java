package org.tracelab.core.trace;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Objects;

/**
 * A task as a run saw it.
 *
 * @param datasetKey       the dataset's key as text, e.g. {@code "1000"}
 * @param instructionIds   the IFEval instruction ids in order
 * @param kwargs           one kwargs object per instruction, exactly as given
 * @param feasibilityFlags what the runner found about the task before asking, e.g.
 *                         {@code infeasible:length_vs_max_tokens}; empty when none
 */
public record TaskRecord(String datasetKey, String prompt, List<String> instructionIds, List<JsonNode> kwargs,
        List<String> feasibilityFlags) {

    public TaskRecord {
        Objects.requireNonNull(datasetKey, "datasetKey");
        Objects.requireNonNull(prompt, "prompt");
        instructionIds = List.copyOf(instructionIds);
        kwargs = List.copyOf(kwargs);
        feasibilityFlags = List.copyOf(feasibilityFlags);
        if (kwargs.size() != instructionIds.size()) {
            throw new IllegalArgumentException("task " + datasetKey + ": " + instructionIds.size()
                    + " instruction ids but " + kwargs.size() + " kwargs");
        }
    }
}
