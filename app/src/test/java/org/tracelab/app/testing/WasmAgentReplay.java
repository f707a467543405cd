package org.tracelab.app.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tracelab.core.run.SeedDeriver;

/**
 * A TEST MODEL that replays real Qwen2.5-1.5B-Instruct outputs recorded by WasmAgent
 * ({@code ../shared/data/wasmagent/qwen2.5-1.5b-*}/runs.jsonl, testing only) as the answers of a loopback server, so
 * a Tracelab benchmark of 50 tasks × 3 seeds × 4 forks in all three modes can be built without a model.
 *
 * <p>Each (chain seed, fork) plays one recorded file: seeds {@code 42, 43, 44} × forks {@code 0..3} take the twelve
 * files seed42 … seed52 and unseeded in that order. A request is recognised by its call seed, which Tracelab derives
 * from (chain seed, task key, fork, attempt index) alone ({@link SeedDeriver}). The first attempt gets the file's
 * {@code direct} answer; a later attempt gets its {@code prompt_retry} answer when the request is the retry prompt
 * (it restates the instructions) and its {@code full_pcl} answer otherwise (a repair). WasmAgent kept final texts
 * only, so every repair of a chain gets the same text: these are recorded answers put in new places, not a run.
 */
public final class WasmAgentReplay {

    /** The chain seeds the replay covers, as {@code --seeds}. */
    public static final List<Long> SEEDS = List.of(42L, 43L, 44L);

    public static final int FORKS = 4;
    /** Enough for every attempt of a {@code full_pcl} chain (four in all). */
    private static final int MAX_ATTEMPTS = 4;

    private static final String RETRY_MARKER = "Follow every one of these requirements exactly:";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<Long, Call> calls = new HashMap<>();
    /** Recorded answers by file index, task key and mode. */
    private final List<Map<String, String>> recorded = new ArrayList<>();

    private record Call(String taskKey, int file, int attemptIndex) {}

    private WasmAgentReplay() {}

    /** The twelve files below {@code wasmagent}, and the task keys of {@code samples.jsonl}. */
    public static WasmAgentReplay load(Path wasmagent) {
        WasmAgentReplay replay = new WasmAgentReplay();
        List<String> files = new ArrayList<>();
        for (int seed = 42; seed <= 52; seed++) {
            files.add("qwen2.5-1.5b-seed" + seed);
        }
        files.add("qwen2.5-1.5b-unseeded");
        try {
            for (String file : files) {
                Map<String, String> answers = new HashMap<>();
                for (String line : Files.readAllLines(wasmagent.resolve(file).resolve("runs.jsonl"))) {
                    JsonNode record = JSON.readTree(line);
                    String key = record.get("task_id").asText().replaceFirst("^ifeval\\.", "");
                    answers.put(
                            key + "/" + record.get("mode").asText(),
                            record.get("artifact").asText());
                }
                replay.recorded.add(answers);
            }
            for (String line : Files.readAllLines(wasmagent.resolve("samples.jsonl"))) {
                String key = JSON.readTree(line).get("key").asText();
                for (int s = 0; s < SEEDS.size(); s++) {
                    for (int fork = 0; fork < FORKS; fork++) {
                        for (int index = 0; index < MAX_ATTEMPTS; index++) {
                            long seed = SeedDeriver.callSeed(SEEDS.get(s), key, fork, index);
                            Call previous = replay.calls.put(seed, new Call(key, s * FORKS + fork, index));
                            if (previous != null) {
                                throw new IllegalStateException("two calls share seed " + seed);
                            }
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return replay;
    }

    /** The recorded answer to one chat request body. */
    public String answer(JsonNode request) {
        Call call = calls.get(request.path("seed").asLong(-1));
        if (call == null) {
            throw new IllegalArgumentException("not a call of the replayed plan: seed " + request.path("seed"));
        }
        JsonNode messages = request.get("messages");
        String last = messages.get(messages.size() - 1).path("content").asText();
        String mode = call.attemptIndex() == 0 ? "direct" : last.contains(RETRY_MARKER) ? "prompt_retry" : "full_pcl";
        String answer = recorded.get(call.file()).get(call.taskKey() + "/" + mode);
        if (answer == null) {
            throw new IllegalStateException("no recorded " + mode + " answer to task " + call.taskKey());
        }
        return answer;
    }
}
