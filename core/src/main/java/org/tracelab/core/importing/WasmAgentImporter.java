package org.tracelab.core.importing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tracelab.core.dataset.IfevalTask;
import org.tracelab.core.io.JsonLines;
import org.tracelab.core.io.ProblemCollector;
import org.tracelab.core.trace.Attempt;
import org.tracelab.core.trace.DatasetDescription;
import org.tracelab.core.trace.ModelDescription;
import org.tracelab.core.trace.RunInfo;
import org.tracelab.core.trace.RunStatus;
import org.tracelab.core.trace.SourceVerdict;

/**
 * Reads a WasmAgent {@code runs.jsonl}: one record per chain, of which only the final {@code artifact} text
 * survives. It becomes one {@code imported} attempt, re-verified against the official instruction list of
 * the prompts file (matched by the key in {@code task_id}); WasmAgent's own {@code final_pass}, violations,
 * repair trace and character-based token estimates are kept as the source verdict, never as token counts.
 *
 * <p>The seed is read from the parent folder's name when it ends in {@code seed<N>}.
 */
public final class WasmAgentImporter {

    public static final String TOOL = "wasmagent";
    private static final Pattern TASK_ID = Pattern.compile("ifeval\\.(.+)");
    private static final Pattern SEED_FOLDER = Pattern.compile(".*seed(\\d+)$");
    private static final Set<String> MODES = Set.of("direct", "prompt_retry", "full_pcl");

    private final ImportContext context;

    public WasmAgentImporter(ImportContext context) {
        this.context = context;
    }

    public ImportedRun read(Path file, List<IfevalTask> prompts) {
        Map<String, IfevalTask> byKey = new HashMap<>();
        prompts.forEach(task -> byKey.putIfAbsent(task.keyText(), task));
        Long seed = seedOf(file);
        ProblemCollector problems = new ProblemCollector();
        List<ImportedChain> chains = new ArrayList<>();
        Set<String> models = new LinkedHashSet<>();
        Set<String> modes = new LinkedHashSet<>();
        Map<String, Integer> forks = new HashMap<>();
        JsonLines.read(file, problems, (line, record, sink) -> {
            Fields fields = new Fields(file, line, record, sink);
            String taskId = fields.string("task_id");
            String mode = fields.string("mode");
            Boolean finalPass = fields.bool("final_pass");
            String artifact = fields.string("artifact");
            String model = fields.string("model");
            fields.optionalArray("violations");
            fields.optionalArray("repair_trace");
            Long latency = fields.optionalLong("latency_ms");
            if (!fields.ok()) {
                return;
            }
            Matcher id = TASK_ID.matcher(taskId);
            IfevalTask task = id.matches() ? byKey.get(id.group(1)) : null;
            if (task == null) {
                sink.add(
                        file,
                        line,
                        "task_id",
                        id.matches()
                                ? "key " + id.group(1) + " is not in the prompts file"
                                : "expected \"ifeval.<key>\", got \"" + taskId + "\"");
                return;
            }
            if (!MODES.contains(mode)) {
                sink.add(
                        file,
                        line,
                        "mode",
                        "unknown mode \"" + mode + "\" (expected direct, prompt_retry or full_pcl)");
                return;
            }
            models.add(model);
            modes.add(mode);
            // Two records for the same task and mode in one file are two forks of it.
            int fork = forks.merge(task.keyText() + "\u0000" + mode, 1, Integer::sum) - 1;
            Attempt attempt = context.importedAttempt(task, List.of(), artifact, null, null);
            chains.add(new ImportedChain(
                    line,
                    ImportContext.taskRecord(task),
                    mode,
                    seed,
                    fork,
                    List.of(attempt),
                    0,
                    new SourceVerdict(TOOL, finalPass, sourceDetails(record, latency))));
        });
        problems.throwIfAny();
        return new ImportedRun(runInfo(file, models, modes, seed, prompts.size(), chains), chains);
    }

    /** Everything WasmAgent recorded except the text itself, so the explorer can show its view beside ours. */
    private static JsonNode sourceDetails(JsonNode record, Long latency) {
        ObjectNode details = ((ObjectNode) record).deepCopy();
        details.remove("artifact");
        // Its token figures are characters / 4: keep them, but under a name that says so.
        JsonNode estimate = details.remove("token_cost");
        if (estimate != null) {
            details.set("token_cost_estimate_chars_div_4", estimate);
        }
        return details;
    }

    private RunInfo runInfo(
            Path file, Set<String> models, Set<String> modes, Long seed, int promptCount, List<ImportedChain> chains) {
        Path folder = file.toAbsolutePath().getParent();
        String name = folder == null
                ? file.getFileName().toString()
                : folder.getFileName().toString();
        String model = models.isEmpty() ? "unknown" : String.join(", ", models);
        long tasks = chains.stream().map(c -> c.task().datasetKey()).distinct().count();
        return new RunInfo(
                "wasmagent: " + name,
                context.clock().instant(),
                context.clock().instant(),
                RunStatus.FINISHED,
                new ModelDescription("imported:" + TOOL, model, null, null, null, Map.of()),
                new DatasetDescription("wasmagent tasks", null, (int) tasks),
                List.copyOf(modes),
                seed == null ? List.of() : List.of(seed),
                1,
                context.verifier().version(),
                "imported from " + file.getFileName() + "; re-verified against " + promptCount + " prompts");
    }

    /** {@code …/qwen2.5-1.5b-seed42/runs.jsonl} → 42; null when the folder names no seed. */
    static Long seedOf(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        if (folder == null || folder.getFileName() == null) {
            return null;
        }
        Matcher m = SEED_FOLDER.matcher(folder.getFileName().toString());
        return m.matches() ? Long.parseLong(m.group(1)) : null;
    }
}
