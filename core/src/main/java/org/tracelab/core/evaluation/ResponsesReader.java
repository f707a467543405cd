package org.tracelab.core.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tracelab.core.dataset.IfevalTask;
import org.tracelab.core.io.JsonLines;
import org.tracelab.core.io.ProblemCollector;
import org.tracelab.core.verify.constraint.ConstraintFamily;
import org.tracelab.core.verify.text.PythonStrings;

/**
 * Reads a responses file: one object per line with {@code response} and either {@code key} or the exact
 * {@code prompt}, optionally {@code id}. {@link #read} keeps the lines in their order (the same prompt may be
 * answered often); {@link #readForEveryPrompt} gives one response per prompt as IFBench's harness does.
 */
public final class ResponsesReader {

    private ResponsesReader() {}

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

    /** True when some task has an IFBench constraint: its responses are then paired as IFBench's harness does. */
    public static boolean isIfbench(List<IfevalTask> tasks) {
        return tasks.stream()
                .flatMap(task -> task.constraints().stream())
                .anyMatch(constraint -> constraint.type().family() == ConstraintFamily.IFBENCH);
    }

    /**
     * The responses paired as the benchmark's own harness does: one item per prompt ({@link #readForEveryPrompt})
     * for IFBench files, one item per response line ({@link #read}) otherwise.
     */
    public static List<ResponseItem> readAsTheHarnessDoes(Path file, List<IfevalTask> tasks) {
        return isIfbench(tasks) ? readForEveryPrompt(file, tasks) : read(file, tasks);
    }

    /**
     * One item per task, in the tasks' order, as IFBench's {@code run_eval.py} pairs them: a response line matches
     * by {@code key}, else by its exact prompt or its stripped prompt against the task's exact or stripped prompt
     * (a later line wins); a task no line answers gets the empty response, which fails every instruction and
     * still counts. Items keep the matched line's number and {@code id} (0 and null when unanswered).
     */
    public static List<ResponseItem> readForEveryPrompt(Path file, List<IfevalTask> tasks) {
        Map<String, JsonNode> byKey = new HashMap<>();
        Map<String, JsonNode> byPrompt = new HashMap<>();
        Map<JsonNode, Long> lineOf = new IdentityHashMap<>();
        Set<String> keys = new HashSet<>();
        tasks.forEach(task -> keys.add(task.keyText()));
        ProblemCollector problems = new ProblemCollector();
        JsonLines.read(file, problems, (line, object, sink) -> {
            JsonNode response = object.get("response");
            if (response == null || !response.isTextual()) {
                sink.add(file, line, "response", response == null ? "missing" : "must be a string");
                return;
            }
            lineOf.put(object, line);
            JsonNode key = object.get("key");
            if (key != null && !key.isNull()) {
                if (!key.isIntegralNumber() && !key.isTextual()) {
                    sink.add(file, line, "key", "must be a number or a string");
                } else if (!keys.contains(key.asText())) {
                    sink.add(file, line, "key", "unknown key " + key + " (not in the prompts file)");
                } else {
                    byKey.put(key.asText(), object);
                }
                return;
            }
            JsonNode prompt = object.get("prompt");
            if (prompt == null || !prompt.isTextual()) {
                sink.add(
                        file,
                        line,
                        "prompt",
                        prompt == null ? "missing: a response line needs \"key\" or \"prompt\"" : "must be a string");
                return;
            }
            byPrompt.put(prompt.textValue(), object);
            byPrompt.put(PythonStrings.strip(prompt.textValue()), object);
        });
        problems.throwIfAny();
        List<ResponseItem> items = new ArrayList<>(tasks.size());
        for (IfevalTask task : tasks) {
            JsonNode answer = byKey.get(task.keyText());
            if (answer == null) {
                answer = byPrompt.get(task.prompt());
            }
            if (answer == null) {
                answer = byPrompt.get(PythonStrings.strip(task.prompt()));
            }
            items.add(
                    answer == null
                            ? new ResponseItem(0, null, task, "")
                            : new ResponseItem(
                                    lineOf.get(answer),
                                    answer.get("id"),
                                    task,
                                    answer.get("response").textValue()));
        }
        return items;
    }

    private static IfevalTask match(
            Path file,
            long line,
            JsonNode object,
            Map<String, IfevalTask> byKey,
            Map<String, IfevalTask> byPrompt,
            ProblemCollector problems) {
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
            problems.add(
                    file,
                    line,
                    "prompt",
                    prompt == null ? "missing: a response line needs \"key\" or \"prompt\"" : "must be a string");
            return null;
        }
        IfevalTask task = byPrompt.get(prompt.textValue());
        if (task == null) {
            String text = prompt.textValue();
            problems.add(
                    file,
                    line,
                    "prompt",
                    "unknown prompt \"" + (text.length() > 60 ? text.substring(0, 57) + "..." : text)
                            + "\" (no prompt in the prompts file has exactly this text)");
        }
        return task;
    }
}
