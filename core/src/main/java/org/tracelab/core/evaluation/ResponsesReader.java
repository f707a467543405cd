package org.tracelab.core.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tracelab.core.dataset.IfevalTask;
import org.tracelab.core.io.JsonLines;
import org.tracelab.core.io.ProblemCollector;

/**
 * Reads a responses file: one object per line with {@code response} and either {@code key} or the exact
 * {@code prompt}, optionally {@code id}. Lines keep their order; the same prompt may be answered often.
 */
public final class ResponsesReader {

    private ResponsesReader() {
    }

    public static List<ResponseItem> read(Path file, List<IfevalTask> tasks) {
        Map<String, IfevalTask> byKey = new HashMap<>();
        Map<String, IfevalTask> byPrompt = new HashMap<>();
        for (IfevalTask task : tasks) {
            byKey.putIfAbsent(task.keyText(), task);
            byPrompt.putIfAbsent(task.prompt(), task);
        }
        ProblemCollector problems = new ProblemCollector();
        List<ResponseItem> items = new ArrayList<>();
        JsonLines.read(file, problems, (line, object, sink) -> {
            JsonNode response = object.get("response");
            if (response == null || !response.isTextual()) {
                sink.add(file, line, "response", response == null ? "missing" : "must be a string");
                return;
            }
            IfevalTask task = match(file, line, object, byKey, byPrompt, sink);
            if (task != null) {
                items.add(new ResponseItem(line, object.get("id"), task, response.textValue()));
            }
        });
        problems.throwIfAny();
        return items;
    }

    private static IfevalTask match(Path file, long line, JsonNode object, Map<String, IfevalTask> byKey,
            Map<String, IfevalTask> byPrompt, ProblemCollector problems) {
        JsonNode key = object.get("key");
        if (key != null && !key.isNull()) {
            if (!key.isIntegralNumber() && !key.isTextual()) {
                problems.add(file, line, "key", "must be a number or a string");
                return null;
            }
            IfevalTask task = byKey.get(key.asText());
            if (task == null) {
                problems.add(file, line, "key", "unknown key " + key + " (not in the prompts file)");
            }
            return task;
        }
        JsonNode prompt = object.get("prompt");
        if (prompt == null || !prompt.isTextual()) {
            problems.add(file, line, "prompt", prompt == null
                    ? "missing: a response line needs \"key\" or \"prompt\""
                    : "must be a string");
            return null;
        }
        IfevalTask task = byPrompt.get(prompt.textValue());
        if (task == null) {
            String text = prompt.textValue();
            problems.add(file, line, "prompt", "unknown prompt \"" + (text.length() > 60 ? text.substring(0, 57) + "..." : text)
                    + "\" (no prompt in the prompts file has exactly this text)");
        }
        return task;
    }
}
