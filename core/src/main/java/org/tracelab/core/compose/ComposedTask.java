package org.tracelab.core.compose;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Objects;

/**
 * One composed task, in IFEval's task format plus the {@code provenance} object.
 *
 * @param key        {@code <pool name without extension>-<pool line>}
 * @param prompt     the base prompt followed by each constraint's description
 * @param provenance pool, pool line, constraint ids, seed and held-out ids
 */
public record ComposedTask(
        String key, String prompt, List<String> instructionIds, List<ObjectNode> kwargs, ObjectNode provenance) {

    public ComposedTask {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(prompt, "prompt");
        instructionIds = List.copyOf(instructionIds);
        kwargs = kwargs.stream().map(ObjectNode::deepCopy).toList();
        provenance = provenance.deepCopy();
    }

    /** The line's JSON object, fields in a fixed order: key, prompt, instruction_id_list, kwargs, provenance. */
    public ObjectNode toJson() {
        ObjectNode line = JsonNodeFactory.instance.objectNode();
        line.put("key", key);
        line.put("prompt", prompt);
        ArrayNode ids = line.putArray("instruction_id_list");
        instructionIds.forEach(ids::add);
        ArrayNode args = line.putArray("kwargs");
        kwargs.forEach(args::add);
        line.set("provenance", provenance.deepCopy());
        return line;
    }
}
