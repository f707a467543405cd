package org.tracelab.core.dataset;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tracelab.core.io.InputProblemException;
import org.tracelab.core.io.JsonLines;
import org.tracelab.core.io.ProblemCollector;
import org.tracelab.core.verify.constraint.ConstraintRegistry;

/**
 * Reads a task file in any format Tracelab knows (JSON Lines, one task per line), detecting the format from the
 * file's first task: IFEval's ({@code instruction_id_list}), WasmAgent's {@code TaskSpec} ({@code intent}, or
 * constraints with {@code verify_method}) or WasmAgent's short shape ({@code instruction} with
 * {@code constraints} of {@code type}/{@code rule}/{@code value}). Every later line is read in that format. Keys
 * must be unique. All problems are reported together as {@code FILE:LINE: field: problem}.
 */
public final class TaskFileReader {

    private final ConstraintRegistry registry;
    private final WasmAgentTaskParser wasmAgent;

    public TaskFileReader(ConstraintRegistry registry) {
        this.registry = registry;
        this.wasmAgent = new WasmAgentTaskParser(registry);
    }

    /**
     * The file's tasks and format.
     *
     * @throws InputProblemException listing every bad line
     */
    public TaskFile read(Path file) {
        ProblemCollector problems = new ProblemCollector();
        List<IfevalTask> tasks = new ArrayList<>();
        Map<String, Long> keyLines = new HashMap<>();
        TaskFormat[] format = {null};
        JsonLines.read(file, problems, (line, object, sink) -> {
            if (format[0] == null) {
                format[0] = detect(object);
                if (format[0] == null) {
                    sink.add(
                            file,
                            line,
                            "cannot tell the task format: expected IFEval's fields (key, prompt, "
                                    + "instruction_id_list, kwargs) or a WasmAgent task (instruction or intent, constraints)");
                    format[0] = TaskFormat.IFEVAL;
                    return;
                }
            }
            IfevalTask task = switch (format[0]) {
                case IFEVAL -> IfevalPromptsReader.parse(file, line, object, "", sink, registry);
                case WASMAGENT_SHORT -> wasmAgent.parseShort(file, line, object, sink);
                case WASMAGENT_TASKSPEC -> wasmAgent.parseTaskSpec(file, line, object, sink);
            };
            if (task == null) {
                return;
            }
            Long first = keyLines.putIfAbsent(task.keyText(), line);
            if (first != null) {
                sink.add(
                        file,
                        line,
                        format[0] == TaskFormat.IFEVAL ? "key" : "id",
                        "\"" + task.keyText() + "\" is also the key of line " + first + "; keys must be unique");
                return;
            }
            tasks.add(task);
        });
        problems.throwIfAny();
        // JsonLines reports a file without lines; one whose lines all failed has thrown above.
        return new TaskFile(file, format[0] == null ? TaskFormat.IFEVAL : format[0], tasks);
    }

    /** The format an object is in, or null when it looks like none. */
    static TaskFormat detect(JsonNode object) {
        if (object.has("instruction_id_list")) {
            return TaskFormat.IFEVAL;
        }
        JsonNode constraints = object.get("constraints");
        if (constraints == null) {
            return object.has("prompt") || object.has("key") ? TaskFormat.IFEVAL : null;
        }
        if (object.has("intent") || object.has("priority_hierarchy") || object.has("repair")) {
            return TaskFormat.WASMAGENT_TASKSPEC;
        }
        if (constraints.isArray()) {
            for (JsonNode constraint : constraints) {
                if (constraint.has("verify_method")) {
                    return TaskFormat.WASMAGENT_TASKSPEC;
                }
            }
        }
        return TaskFormat.WASMAGENT_SHORT;
    }
}
