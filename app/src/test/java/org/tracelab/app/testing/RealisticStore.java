package org.tracelab.app.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.tracelab.app.service.store.OpenStore;
import org.tracelab.core.trace.Attempt;
import org.tracelab.core.trace.ChainKey;
import org.tracelab.core.trace.DatasetDescription;
import org.tracelab.core.trace.Flags;
import org.tracelab.core.trace.Message;
import org.tracelab.core.trace.ModelDescription;
import org.tracelab.core.trace.RunInfo;
import org.tracelab.core.trace.RunStatus;
import org.tracelab.core.trace.SourceVerdict;
import org.tracelab.core.trace.Strategy;
import org.tracelab.core.trace.TaskRecord;
import org.tracelab.core.verify.InstructionVerdict;
import org.tracelab.core.verify.LooseVariant;
import org.tracelab.core.verify.text.Span;
import org.tracelab.storage.ChainHandle;
import org.tracelab.storage.TraceWriter;

/**
 * A test store that looks like a researcher's, for the layout checks and the screenshot tour: three runs with long
 * model and run names — two benchmark runs (three modes; three seeds and one seed) whose chains repair with patch,
 * regenerate and retry, and one WasmAgent import with that tool's own verdicts — four-digit token counts, latencies
 * of many seconds and attempts carrying several long flags. The texts and verdicts are made up (seeded, so always
 * the same): <b>illustrative test data, not model output</b>.
 */
public final class RealisticStore {

    /** The first benchmark run: three modes, seeds 42, 43 and 44. */
    public static final long SWEEP = 1;
    /** The second benchmark run: three modes, seed 42. */
    public static final long SINGLE = 2;
    /** The import, with WasmAgent's verdicts kept beside ours. */
    public static final long IMPORTED = 3;

    public static final String LONG_MODEL = "Qwen2.5-1.5B-Instruct-GGUF/qwen2.5-1.5b-instruct-q4_k_m.gguf";
    public static final List<String> MODES = List.of("direct", "prompt_retry", "full_pcl");
    public static final int TASKS = 14;

    private static final Instant T0 = Instant.parse("2025-06-02T08:30:00Z");
    private static final String[] WORDS = ("the rain fell softly over quiet hills and a river ran beside the old "
                    + "stone road where travellers rested under tall trees while evening light faded into blue")
            .split(" ");
    private static final List<String> INSTRUCTIONS = List.of(
            "punctuation:no_comma",
            "change_case:english_lowercase",
            "detectable_format:title",
            "keywords:existence",
            "length_constraints:number_words",
            "detectable_format:number_bullet_lists",
            "startend:end_checker");

    private final Random random = new Random(20250602);

    private RealisticStore() {}

    /** Writes the three runs into a new store at {@code file}. */
    public static void create(Path file) {
        try (OpenStore store = OpenStore.open(file)) {
            new RealisticStore().fill(store.writer());
        }
    }

    private void fill(TraceWriter writer) {
        List<TaskRecord> tasks = tasks();
        benchmark(
                writer,
                tasks,
                "qwen2.5-1.5b-instruct · IFEval sweep over three seeds with the long system prompt",
                new ModelDescription(
                        "llama-server", LONG_MODEL, List.of("http://127.0.0.1:8080/v1"), null, null, params()),
                List.of(42L, 43L, 44L));
        benchmark(
                writer,
                tasks,
                "llama-3.2-1b-instruct-abliterated · IFEval · seed 42",
                new ModelDescription(
                        "ollama",
                        "hf.co/bartowski/Llama-3.2-1B-Instruct-abliterated-GGUF:Q4_K_M",
                        List.of("http://127.0.0.1:11434/v1"),
                        null,
                        null,
                        params()),
                List.of(42L));
        imported(writer, tasks);
        writer.commit();
    }

    private void benchmark(
            TraceWriter writer, List<TaskRecord> tasks, String name, ModelDescription model, List<Long> seeds) {
        long run = writer.createRun(new RunInfo(
                name,
                T0,
                T0.plusSeconds(5400),
                RunStatus.FINISHED,
                model,
                new DatasetDescription("input_data.jsonl", "c".repeat(64), tasks.size(), "ifeval"),
                MODES,
                seeds,
                1,
                "tracelab-ifeval/1+punkt",
                null));
        tasks.forEach(task -> writer.putTask(run, task));
        for (TaskRecord task : tasks) {
            for (Long seed : seeds) {
                Attempt first = attempt(task, 0, null, Strategy.DIRECT, random.nextDouble() < 0.45);
                for (String mode : MODES) {
                    List<Attempt> attempts = new ArrayList<>(List.of(first));
                    if (!mode.equals("direct") && !passes(first, task)) {
                        repair(task, mode, attempts);
                    }
                    chain(writer, new ChainKey(run, task.datasetKey(), mode, seed, 0), attempts);
                }
            }
        }
        writer.finishRun(run, RunStatus.FINISHED, T0.plusSeconds(5400));
    }

    private void repair(TaskRecord task, String mode, List<Attempt> attempts) {
        List<Strategy> plan = mode.equals("prompt_retry")
                ? List.of(Strategy.RETRY, Strategy.RETRY)
                : List.of(Strategy.PATCH, Strategy.REGENERATE, Strategy.PATCH);
        for (Strategy strategy : plan) {
            int index = attempts.size();
            Attempt next = attempt(task, index, index - 1, strategy, random.nextDouble() < 0.5);
            attempts.add(next);
            if (passes(next, task)) {
                return;
            }
        }
    }

    private void imported(TraceWriter writer, List<TaskRecord> tasks) {
        long run = writer.createRun(new RunInfo(
                "wasmagent: qwen2.5-1.5b-seed42",
                T0,
                T0,
                RunStatus.FINISHED,
                new ModelDescription(
                        "imported:wasmagent",
                        "qwen2.5-1.5b-instruct (WasmAgent's Q4_K_M build)",
                        null,
                        null,
                        null,
                        Map.of()),
                new DatasetDescription("wasmagent tasks", null, tasks.size()),
                MODES,
                List.of(42L),
                1,
                "tracelab-ifeval/1+punkt",
                "imported from runs.jsonl; re-verified against 541 prompts"));
        for (TaskRecord task : tasks) {
            writer.putTask(run, task);
            for (String mode : MODES) {
                Attempt only = attempt(task, 0, null, Strategy.IMPORTED, random.nextDouble() < 0.5);
                ChainHandle chain =
                        chainHandle(writer, new ChainKey(run, task.datasetKey(), mode, 42L, 0), List.of(only));
                writer.setSourceVerdict(
                        chain.chainId(), new SourceVerdict("wasmagent", random.nextDouble() < 0.55, null));
            }
        }
    }

    private static boolean passes(Attempt attempt, TaskRecord task) {
        return attempt.followsAllStrict(task.instructionIds().size());
    }

    private Attempt attempt(TaskRecord task, int index, Integer parent, Strategy strategy, boolean pass) {
        String output = text(pass);
        List<InstructionVerdict> verdicts = new ArrayList<>();
        boolean loosePass = !pass && random.nextDouble() < 0.25;
        for (int i = 0; i < task.instructionIds().size(); i++) {
            String id = task.instructionIds().get(i);
            boolean strict = pass || i > 0 && random.nextBoolean();
            boolean loose = strict || loosePass;
            List<Span> evidence = strict ? List.of() : evidence(output, id);
            verdicts.add(new InstructionVerdict(
                    i,
                    id,
                    strict,
                    loose,
                    loose ? LooseVariant.AS_GIVEN : null,
                    evidence,
                    strict ? "followed" : explanation(id, evidence.size())));
        }
        List<String> flags = new ArrayList<>();
        if (random.nextDouble() < 0.2) {
            flags.addAll(List.of(Flags.GAMED_KEYWORDS_TRAILER, Flags.TRUNCATED, Flags.INFEASIBLE_LENGTH_VS_MAX_TOKENS));
        } else if (random.nextDouble() < 0.15) {
            flags.add(Flags.GAMED_TITLE_PLACEHOLDER);
        }
        return new Attempt(
                index,
                parent,
                strategy,
                List.of(new Message("user", task.prompt())),
                output,
                "stop",
                1000 + random.nextInt(1400),
                200 + random.nextInt(1200),
                1200L + random.nextInt(16800),
                null,
                T0.plusSeconds(index),
                verdicts,
                flags);
    }

    private String text(boolean clean) {
        StringBuilder text = new StringBuilder();
        int words = 60 + random.nextInt(90);
        for (int w = 0; w < words; w++) {
            String word = WORDS[random.nextInt(WORDS.length)];
            text.append(w % 17 == 0 && !clean ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
            text.append(w % 9 == 8 && !clean ? ", " : w % 23 == 22 ? ".\n\n" : " ");
        }
        return text.toString().strip();
    }

    private static List<Span> evidence(String output, String id) {
        List<Span> spans = new ArrayList<>();
        for (int i = 0; i < output.length() && spans.size() < 6; i++) {
            char c = output.charAt(i);
            if (id.equals("punctuation:no_comma") ? c == ',' : Character.isUpperCase(c)) {
                spans.add(new Span(i, i + 1));
            }
        }
        return spans.isEmpty() ? List.of(new Span(0, Math.min(12, output.length()))) : spans;
    }

    private static String explanation(String id, int spans) {
        return switch (id) {
            case "punctuation:no_comma" -> "found " + spans + " comma(s); the instruction forbids any";
            case "change_case:english_lowercase" -> "found " + spans + " upper-case letter(s)";
            default -> "not followed: see the marked text";
        };
    }

    private List<TaskRecord> tasks() {
        List<TaskRecord> tasks = new ArrayList<>();
        for (int t = 0; t < TASKS; t++) {
            List<String> ids =
                    List.of(INSTRUCTIONS.get(t % INSTRUCTIONS.size()), INSTRUCTIONS.get((t + 3) % INSTRUCTIONS.size()));
            tasks.add(new TaskRecord(
                    Integer.toString(1000 + 7 * t),
                    "Write a short essay about a walk in the rain. " + "Follow every instruction exactly: "
                            + String.join(", ", ids) + ".",
                    ids,
                    List.of(empty(), empty()),
                    List.of()));
        }
        return tasks;
    }

    private static Map<String, JsonNode> params() {
        return Map.of(
                "temperature",
                JsonNodeFactory.instance.numberNode(0.2),
                "max_tokens",
                JsonNodeFactory.instance.numberNode(1280));
    }

    private static JsonNode empty() {
        return JsonNodeFactory.instance.objectNode();
    }

    private static void chain(TraceWriter writer, ChainKey key, List<Attempt> attempts) {
        chainHandle(writer, key, attempts);
    }

    private static ChainHandle chainHandle(TraceWriter writer, ChainKey key, List<Attempt> attempts) {
        ChainHandle chain = writer.beginChain(key);
        attempts.forEach(attempt -> writer.appendAttempt(chain, attempt));
        writer.finishChain(chain, attempts.size() - 1);
        return chain;
    }
}
