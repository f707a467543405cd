package org.tracelab.core.importing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tracelab.core.dataset.IfevalPromptsReader;
import org.tracelab.core.dataset.IfevalTask;
import org.tracelab.core.io.JsonLines;
import org.tracelab.core.io.ProblemCollector;
import org.tracelab.core.trace.Attempt;
import org.tracelab.core.trace.DatasetDescription;
import org.tracelab.core.trace.Message;
import org.tracelab.core.trace.ModelDescription;
import org.tracelab.core.trace.RunInfo;
import org.tracelab.core.trace.RunStatus;
import org.tracelab.core.trace.SourceVerdict;

/**
 * Reads lm-evaluation-harness {@code samples_ifeval_*.jsonl}: the task is the line's {@code doc} (IFEval
 * format, {@code null} kwargs dropped), the answer its {@code filtered_resps[0]} (else {@code resps[0][0]}),
 * the request the rendered prompt in {@code arguments}; the harness's own accuracies are the source verdict.
 */
public final class LmEvalImporter {

    public static final String TOOL = "lm-eval";
    private final ImportContext context;

    public LmEvalImporter(ImportContext context) {
        this.context = context;
    }

    public ImportedRun read(Path file) {
        ProblemCollector problems = new ProblemCollector();
        List<ImportedChain> chains = new ArrayList<>();
        Map<String, Integer> forks = new HashMap<>();
        JsonLines.read(file, problems, (line, record, sink) -> {
            Fields fields = new Fields(file, line, record, sink);
            JsonNode doc = fields.object("doc");
            if (doc == null) {
                return;
            }
            IfevalTask task = IfevalPromptsReader.parse(
                    file, line, doc, "doc.", sink, context.verifier().registry());
            String response = response(record);
            if (response == null) {
                fields.fail(
                        "filtered_resps", "missing: expected the model's answer in filtered_resps[0] or resps[0][0]");
            }
            if (task == null || response == null) {
                return;
            }
            int fork = forks.merge(task.keyText(), 1, Integer::sum) - 1;
            Attempt attempt = context.importedAttempt(task, request(record, task), response, null, null);
            JsonNode strict = record.get("prompt_level_strict_acc");
            SourceVerdict source = strict != null && strict.isBoolean()
                    ? new SourceVerdict(TOOL, strict.booleanValue(), accuracies(record))
                    : null;
            chains.add(new ImportedChain(
                    line, ImportContext.taskRecord(task), "direct", null, fork, List.of(attempt), 0, source));
        });
        problems.throwIfAny();
        int maxForks = forks.values().stream().mapToInt(Integer::intValue).max().orElse(1);
        RunInfo info = new RunInfo(
                "lm-eval: " + file.getFileName(),
                context.clock().instant(),
                context.clock().instant(),
                RunStatus.FINISHED,
                new ModelDescription(
                        "imported:" + TOOL, "unknown (samples files name no model)", null, null, null, Map.of()),
                new DatasetDescription("lm-eval ifeval docs", null, forks.size()),
                List.of("direct"),
                List.of(),
                maxForks,
                context.verifier().version(),
                "imported from " + file.getFileName());
        return new ImportedRun(info, chains);
    }

    private static String response(JsonNode record) {
        JsonNode filtered = record.path("filtered_resps").path(0);
        if (filtered.isTextual()) {
            return filtered.textValue();
        }
        JsonNode raw = record.path("resps").path(0).path(0);
        return raw.isTextual() ? raw.textValue() : null;
    }

    /** The rendered prompt: {@code arguments.gen_args_0.arg_0} in current versions, {@code arguments[0][0]} before. */
    private static List<Message> request(JsonNode record, IfevalTask task) {
        JsonNode arguments = record.path("arguments");
        JsonNode rendered = arguments.isArray()
                ? arguments.path(0).path(0)
                : arguments.path("gen_args_0").path("arg_0");
        String text = rendered.isTextual() ? rendered.textValue() : task.prompt();
        return List.of(new Message(text.equals(task.prompt()) ? "user" : "rendered_prompt", text));
    }

    private static JsonNode accuracies(JsonNode record) {
        ObjectNode details = JsonNodeFactory.instance.objectNode();
        for (String field : List.of(
                "doc_id",
                "prompt_level_strict_acc",
                "inst_level_strict_acc",
                "prompt_level_loose_acc",
                "inst_level_loose_acc")) {
            if (record.has(field)) {
                details.set(field, record.get(field));
            }
        }
        return details;
    }
}
