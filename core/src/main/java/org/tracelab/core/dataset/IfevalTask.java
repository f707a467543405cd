package org.tracelab.core.dataset;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.tracelab.core.verify.instruction.Instruction;

/**
 * One prompt of an IFEval-format dataset: the key and prompt, the instruction ids and kwargs exactly as
 * given (null kwargs dropped), and the typed instructions built from them.
 *
 * @param key    the dataset key as it appears in the file (a number in the official data)
 * @param kwargs one kwargs object per instruction, as given
 */
public record IfevalTask(JsonNode key, String prompt, List<String> instructionIds, List<JsonNode> kwargs,
        List<Instruction> instructions) {

    public IfevalTask {
        instructionIds = List.copyOf(instructionIds);
        kwargs = List.copyOf(kwargs);
        instructions = List.copyOf(instructions);
    }

    /** The key as text, e.g. {@code "1000"}. */
    public String keyText() {
        return key.asText();
    }
}
