package org.tracelab.app.service.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.tracelab.core.run.CallSettings;

/**
 * The benchmark inputs a run keeps in its model description's parameters, so that the CLI's {@code --resume}
 * and the desktop app's Resume can rebuild the same plan: resolved sampling settings, the task sample and
 * where the dataset and model file were, and the system prompt if one was sent. Both front ends write them
 * through this one class.
 */
public final class BenchmarkParameters {

    public static final String TEMPERATURE = "temperature";
    public static final String MAX_TOKENS = "max_tokens";
    public static final String CONCURRENCY = "concurrency";
    public static final String LIMIT = "limit";
    public static final String SAMPLE_SEED = "sample_seed";
    public static final String DATASET_PATH = "dataset_path";
    public static final String GGUF_PATH = "gguf_path";
    public static final String API_KEY_USED = "api_key_used";
    public static final String SEED_DERIVATION = "seed_derivation";
    /** The system prompt every request began with; absent when there was none. */
    public static final String SYSTEM_PROMPT = "system_prompt";

    private BenchmarkParameters() {
    }

    /** {@code limit} and {@code gguf} may be null. */
    public static Map<String, JsonNode> of(CallSettings calls, int concurrency, Integer limit, long sampleSeed,
            Path dataset, Path gguf, boolean apiKeyUsed) {
        JsonNodeFactory json = JsonNodeFactory.instance;
        Map<String, JsonNode> params = new TreeMap<>();
        params.put(TEMPERATURE, json.numberNode(calls.temperature()));
        params.put(MAX_TOKENS, json.numberNode(calls.maxTokens()));
        params.put(CONCURRENCY, json.numberNode(concurrency));
        params.put(SEED_DERIVATION, json.textNode("SeedDeriver(chain seed, task key, fork, attempt index)"));
        if (limit != null) {
            params.put(LIMIT, json.numberNode(limit));
            params.put(SAMPLE_SEED, json.numberNode(sampleSeed));
        }
        params.put(DATASET_PATH, json.textNode(dataset.toAbsolutePath().normalize().toString()));
        if (gguf != null) {
            params.put(GGUF_PATH, json.textNode(gguf.toAbsolutePath().normalize().toString()));
        }
        params.put(API_KEY_USED, json.booleanNode(apiKeyUsed));
        if (calls.systemPrompt() != null) {
            params.put(SYSTEM_PROMPT, json.textNode(calls.systemPrompt()));
        }
        return params;
    }
}
