package org.tracelab.core.dataset;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.tracelab.core.io.ProblemCollector;
import org.tracelab.core.verify.BuiltInConstraints;
import org.tracelab.core.verify.constraint.ConstraintRegistry;
import org.tracelab.core.verify.constraint.ConstraintType;
import org.tracelab.core.verify.constraint.InvalidInstructionException;
import org.tracelab.core.verify.constraint.Kwargs;
import org.tracelab.core.verify.constraint.TaskConstraint;

/**
 * Parses IFEval-format tasks ({@code key}, {@code prompt}, {@code instruction_id_list}, {@code kwargs}),
 * building the typed instructions and reporting every bad line as {@code FILE:LINE: field: problem}.
 * {@link #read} accepts every task format {@link TaskFileReader} detects, so the commands and dialogs that read a
 * prompts file take WasmAgent task files too.
 */
public final class IfevalPromptsReader {

    private IfevalPromptsReader() {}

    /** The tasks of a task file in any supported format, built with the built-in constraint types. */
    public static List<IfevalTask> read(Path file) {
        return read(file, BuiltInConstraints.registry());
    }

    /** The tasks of a task file in any supported format ({@link TaskFileReader}). */
    public static List<IfevalTask> read(Path file, ConstraintRegistry registry) {
        return new TaskFileReader(registry).read(file).tasks();
    }

    /**
     * One task from a JSON object in IFEval format, or null after reporting its problems; {@code fieldPrefix}
     * names where the object sits in a larger record (e.g. {@code "doc."} in lm-eval samples).
     */
    public static IfevalTask parse(
            Path file,
            long line,
            JsonNode object,
            String fieldPrefix,
            ProblemCollector collector,
            ConstraintRegistry registry) {
        ProblemCollector problems = fieldPrefix.isEmpty() ? collector : collector.prefixed(fieldPrefix);
        return parse(file, line, object, problems, registry);
    }

    private static IfevalTask parse(
            Path file, long line, JsonNode object, ProblemCollector problems, ConstraintRegistry registry) {
        JsonNode key = object.get("key");
        if (key == null || !(key.isIntegralNumber() || key.isTextual())) {
            problems.add(file, line, "key", key == null ? "missing" : "must be a number or a string");
            return null;
        }
        JsonNode prompt = object.get("prompt");
        if (prompt == null || !prompt.isTextual()) {
            problems.add(file, line, "prompt", prompt == null ? "missing" : "must be a string");
            return null;
        }
        JsonNode ids = object.get("instruction_id_list");
        if (ids == null || !ids.isArray()) {
            problems.add(file, line, "instruction_id_list", ids == null ? "missing" : "must be a list of ids");
            return null;
        }
        JsonNode kwargs = object.get("kwargs");
        if (kwargs == null || !kwargs.isArray()) {
            problems.add(file, line, "kwargs", kwargs == null ? "missing" : "must be a list of objects");
            return null;
        }
        if (kwargs.size() != ids.size()) {
            problems.add(file, line, "kwargs", "has " + kwargs.size() + " entries for " + ids.size() + " instructions");
            return null;
        }
        List<String> idList = new ArrayList<>();
        List<JsonNode> kwargsList = new ArrayList<>();
        List<TaskConstraint> constraints = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            JsonNode id = ids.get(i);
            if (!id.isTextual()) {
                problems.add(file, line, "instruction_id_list[" + i + "]", "must be a string");
                return null;
            }
            try {
                ConstraintType type = registry.type(id.textValue());
                constraints.add(TaskConstraint.hard(type, registry.create(id.textValue(), kwargs.get(i))));
            } catch (InvalidInstructionException e) {
                String field = e.field().equals("instruction_id_list")
                        ? "instruction_id_list[" + i + "]"
                        : e.field().replaceFirst("^kwargs", "kwargs[" + i + "]");
                problems.add(file, line, field, e.getMessage());
                return null;
            }
            idList.add(id.textValue());
            kwargsList.add(Kwargs.withoutNulls(kwargs.get(i)));
        }
        JsonNode provenance = object.get("provenance");
        if (provenance != null && !provenance.isNull() && !provenance.isObject()) {
            problems.add(file, line, "provenance", "must be an object");
            return null;
        }
        return new IfevalTask(
                key, prompt.textValue(), idList, kwargsList, constraints, OptionalInt.empty(), provenance);
    }
}
