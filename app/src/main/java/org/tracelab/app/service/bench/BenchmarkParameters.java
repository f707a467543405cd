package org.tracelab.app.service.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.tracelab.core.run.CallSettings;
import org.tracelab.core.trace.ResumeHints;

/**
 * The benchmark inputs a run keeps in its model description's parameters, so that it can be continued (the command
 * line's {@code --resume}, the desktop app's Resume) with the same plan, from any store on any machine that has the
 * files: modes, seeds and forks are the run's own fields; here are temperature and max tokens as resolved (so the
 * plan stays the same even if the defaults change), concurrency, {@value #LIMIT}/{@value #SAMPLE_SEED} when a sample
 * was taken, {@value #SYSTEM_PROMPT} when one was sent, and {@value #API_KEY_USED} (the key itself is asked for
 * again). Where the dataset and the model file were is local: it goes to the run's {@link ResumeHints}
 * ({@link #resumeHints}), never to these parameters, which records and exports carry. {@link StoredPlan} reads both
 * back.
 */
public final class BenchmarkParameters {

    public static final String TEMPERATURE = "temperature";
    public static final String MAX_TOKENS = "max_tokens";
    public static final String CONCURRENCY = "concurrency";
    public static final String LIMIT = "limit";
    public static final String SAMPLE_SEED = "sample_seed";
    public static final String API_KEY_USED = "api_key_used";
    public static final String SEED_DERIVATION = "seed_derivation";
    /** The system prompt every request began with; absent when there was none. */
    public static final String SYSTEM_PROMPT = "system_prompt";

    private BenchmarkParameters() {}

    /** The parameters stored for {@code request}. */
    public static Map<String, JsonNode> of(BenchmarkRequest request, boolean apiKeyUsed) {
        JsonNodeFactory json = JsonNodeFactory.instance;
        CallSettings calls = request.calls();
        RunPlan plan = request.plan();
        Map<String, JsonNode> params = new TreeMap<>();
        params.put(TEMPERATURE, json.numberNode(calls.temperature()));
        params.put(MAX_TOKENS, json.numberNode(calls.maxTokens()));
        params.put(CONCURRENCY, json.numberNode(plan.concurrency()));
        params.put(SEED_DERIVATION, json.textNode("SeedDeriver(chain seed, task key, fork, attempt index)"));
        if (plan.limit() != null) {
            params.put(LIMIT, json.numberNode(plan.limit()));
            params.put(SAMPLE_SEED, json.numberNode(plan.sampleSeed()));
        }
        params.put(API_KEY_USED, json.booleanNode(apiKeyUsed));
        if (calls.systemPrompt() != null) {
            params.put(SYSTEM_PROMPT, json.textNode(calls.systemPrompt()));
        }
        return params;
    }

    /** Where the request's dataset and model file (for an in-process GGUF model) are on this machine. */
    public static ResumeHints resumeHints(BenchmarkRequest request) {
        return new ResumeHints(
                absolute(request.dataset()),
                request.target() instanceof ModelTarget.GgufFile gguf ? absolute(gguf.file()) : null);
    }

    private static String absolute(Path file) {
        return file.toAbsolutePath().normalize().toString();
    }
}
