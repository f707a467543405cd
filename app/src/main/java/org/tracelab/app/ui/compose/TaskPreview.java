package org.tracelab.app.ui.compose;

import java.util.List;
import org.tracelab.app.service.report.InstructionLabel;
import org.tracelab.app.service.report.InstructionLabels;
import org.tracelab.core.compose.ComposedTask;

/**
 * A composed task as the dialog previews it: its key, its prompt (base prompt and descriptions) and its constraints
 * by readable name.
 */
public record TaskPreview(String key, String prompt, List<InstructionLabel> constraints) {

    public TaskPreview {
        constraints = List.copyOf(constraints);
    }

    static TaskPreview of(ComposedTask task, InstructionLabels labels) {
        return new TaskPreview(
                task.key(),
                task.prompt(),
                task.instructionIds().stream().map(labels::of).toList());
    }

    /** "Word count · No commas". */
    public String constraintNames() {
        return String.join(
                " · ", constraints.stream().map(InstructionLabel::name).toList());
    }
}
